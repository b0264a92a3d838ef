package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.engagement.domain.pulse.PulseAnswers;
import dev.rapport.engagement.domain.pulse.PulseResults;
import dev.rapport.engagement.domain.pulse.PulseSurvey;
import dev.rapport.engagement.domain.pulse.PulseSurveys;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
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

@Path("/api/v1/pulse-surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Staff pulse",
    description =
        "Anonymous staff pulse surveys per team: eNPS and up to five statements, in rounds;"
            + " results only above a minimum group size")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class PulseSurveyResource {
  private static final String ETAG = "ETag";

  private final PulseSurveys surveys;
  private final PulseAnswers answers;
  private final PulseResults results;
  private final IdempotentCreation creation;
  private final CurrentCaller caller;

  PulseSurveyResource(
      PulseSurveys surveys,
      PulseAnswers answers,
      PulseResults results,
      IdempotentCreation creation,
      CurrentCaller caller) {
    this.surveys = surveys;
    this.answers = answers;
    this.results = results;
    this.creation = creation;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "List pulse surveys (IT staff)",
      description = "By team id, then id; keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(responseCode = "200", description = "A page of pulse surveys")
  @APIResponse(responseCode = "400", description = "limit out of range or a malformed cursor")
  public Page<PulseSurveyResponse> list(
      @Parameter(description = "Only this team's, by team id") @QueryParam("team") @Size(max = 100)
          String team,
      @Valid @BeanParam PageRequest page) {
    return surveys
        .list(Optional.ofNullable(team).filter(t -> !t.isBlank()), page.after, page.limit)
        .map(PulseSurveyResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a pulse survey (IT staff); the ETag carries its version")
  @APIResponse(
      responseCode = "200",
      description = "The pulse survey",
      headers = @Header(name = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = PulseSurveyResponse.class)))
  @APIResponse(responseCode = "404", description = "No such pulse survey")
  public Response get(@PathParam("id") UUID id) {
    return ok(surveys.get(id));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Schedule a pulse survey (a lead of the team, or an admin)",
      description =
          "Round 1 opens at opensAt: every active member of the team is invited then. Send an"
              + " Idempotency-Key to make retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Scheduled (or, for a retried Idempotency-Key, scheduled before)",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = ETAG, schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = PulseSurveyResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: field errors, closesAt not after opensAt or past")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(
      responseCode = "422",
      description = "No such team, or an Idempotency-Key reused with another body")
  public Response create(
      @Valid @NotNull PulseSurveyRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    return creation.create(
        "pulse-surveys:" + caller.get().userName(),
        idempotencyKey,
        request,
        () -> surveys.create(request.definition(), caller.get()).id,
        id -> {
          PulseSurvey survey = surveys.get(id);
          return Response.created(UriBuilder.fromPath("/api/v1/pulse-surveys/{id}").build(id))
              .header(ETAG, ETags.of(survey.version))
              .entity(PulseSurveyResponse.of(survey));
        });
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Replace a pulse survey (a lead of the team, or an admin)",
      description =
          "Once round 1 has opened only the title, closesAt and recurrence may change (for later"
              + " rounds). Send If-Match with the ETag to avoid lost updates.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = @Header(name = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = PulseSurveyResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "404", description = "No such pulse survey")
  @APIResponse(responseCode = "409", description = "Round 1 has opened: team, opensAt, statements")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  @APIResponse(responseCode = "422", description = "No such team")
  public Response replace(
      @PathParam("id") UUID id,
      @Valid @NotNull PulseSurveyRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    return ok(surveys.replace(id, request.definition(), ifMatch, caller.get()));
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Delete a pulse survey with its rounds and answers (a lead of the team, or admin)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "404", description = "No such pulse survey")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    surveys.delete(id, ifMatch, caller.get());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/answers")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN})
  @Operation(
      summary = "Answer the open round (an invited member), anonymously",
      description =
          "Once per round. The answer is stored without the person; the invitation only records"
              + " that it was answered. No Idempotency-Key: a retry is answered 409, as a key"
              + " would tie the caller to the answer.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "400", description = "Invalid body, or not one score per statement")
  @APIResponse(responseCode = "403", description = "Not invited to the open round")
  @APIResponse(responseCode = "404", description = "No such pulse survey")
  @APIResponse(
      responseCode = "409",
      description = "No round open now (round-closed), or answered already (already-answered)")
  public Response answer(@PathParam("id") UUID id, @Valid @NotNull PulseAnswerRequest request) {
    answers.answer(id, request.answer(), caller.get());
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/results")
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "A round's results (a lead of the team, or an admin)",
      description =
          "Only when at least rapport.engagement.pulse.min-group members answered (never below"
              + " 3); otherwise hidden: true with how many more answers are needed, and no"
              + " figure.")
  @APIResponse(
      responseCode = "200",
      description = "The results, or that they are hidden",
      content = @Content(schema = @Schema(implementation = PulseResultsResponse.class)))
  @APIResponse(responseCode = "400", description = "round is not a positive number")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "404", description = "No such pulse survey, or no such round")
  public PulseResultsResponse results(
      @PathParam("id") UUID id,
      @Parameter(description = "The round, from 1; the latest opened round when absent")
          @QueryParam("round")
          @Min(1)
          @Max(100000)
          Integer round) {
    return PulseResultsResponse.of(results.of(id, round, caller.get()));
  }

  private static Response ok(PulseSurvey survey) {
    return Response.ok(PulseSurveyResponse.of(survey))
        .header(ETAG, ETags.of(survey.version))
        .build();
  }
}
