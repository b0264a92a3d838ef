package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.Availability;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Stewardship;
import dev.rapport.skills.domain.Unavailability;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{person}/unavailability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Availability",
    description = "Periods in which a person takes no work; recommendations leave them out")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class UnavailabilityResource {
  private final Availability availability;
  private final Stewardship stewardship;
  private final References references;
  private final CurrentCaller caller;
  private final IdempotentCreation creation;
  private final Clock clock;

  UnavailabilityResource(
      Availability availability,
      Stewardship stewardship,
      References references,
      CurrentCaller caller,
      IdempotentCreation creation,
      Clock clock) {
    this.availability = availability;
    this.stewardship = stewardship;
    this.references = references;
    this.caller = caller;
    this.creation = creation;
    this.clock = clock;
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mark a person unavailable for a period",
      description =
          "Leave, training, on call elsewhere: from 'from' (inclusive) to 'until' (exclusive)."
              + " Recommendations leave the person out while a period covers the moment of the"
              + " request, and tickets opened then do not count them as able to help. Allowed for"
              + " the person themself, a lead of theirs (same team, or their manager) and admins."
              + " Send an Idempotency-Key to make retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded (or, for a retried Idempotency-Key, recorded before)",
      headers = {
        @Header(
            name = "Location",
            description = "The new period",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UnavailabilityResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing fields, until not after from, or a body that is not JSON")
  @APIResponse(responseCode = "403", description = "Not the person, a lead of theirs or an admin")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response mark(
      @Parameter(description = "Person id, userName, or 'me'", example = "me") @PathParam("person")
          String personRef,
      @Valid @NotNull UnavailabilityRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    return creation.create(
        "unavailability:" + who.userName() + ":" + person.id,
        idempotencyKey,
        request,
        () -> availability.mark(who, person, request.from(), request.until(), request.reason()).id,
        id ->
            Response.created(
                    UriBuilder.fromResource(UnavailabilityResource.class)
                        .path(id.toString())
                        .build(person.id.toString()))
                .entity(UnavailabilityResponse.of(period(person, id), person, clock.instant())));
  }

  @GET
  @Operation(
      summary = "A person's current and upcoming unavailability",
      description =
          "Periods that have not ended yet, earliest first, paginated by cursor: pass nextCursor"
              + " as 'after'. For IT staff and the person themself.")
  @APIResponse(responseCode = "400", description = "limit out of 1..200, or a malformed cursor")
  @APIResponse(responseCode = "403", description = "Neither IT staff nor the person")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(responseCode = "200", description = "A page of periods")
  public Page<UnavailabilityResponse> list(
      @Parameter(description = "Person id, userName, or 'me'", example = "me") @PathParam("person")
          String personRef,
      @Valid @BeanParam PageRequest page) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    if (!who.staff() && !stewardship.isSelf(who, person)) {
      throw ProblemException.forbidden("Only IT staff and the person may see their availability");
    }
    var now = clock.instant();
    return availability
        .currentAndUpcoming(person.id, page.after, page.limit)
        .map(p -> UnavailabilityResponse.of(p, person, now));
  }

  @DELETE
  @Transactional
  @Path("/{id}")
  @Operation(
      summary = "Remove a period",
      description = "Allowed for the person themself, a lead of theirs and admins.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not the person, a lead of theirs or an admin")
  @APIResponse(responseCode = "404", description = "No such person, or no such period of theirs")
  public void remove(
      @Parameter(description = "Person id, userName, or 'me'", example = "me") @PathParam("person")
          String personRef,
      @PathParam("id") UUID id) {
    Caller who = caller.get();
    availability.remove(who, references.person(personRef, who), id);
  }

  private static Unavailability period(Person person, UUID id) {
    Unavailability period = Unavailability.findById(id);
    if (period == null || !period.personId.equals(person.id)) {
      throw ProblemException.notFound("Unavailability", id.toString());
    }
    return period;
  }
}
