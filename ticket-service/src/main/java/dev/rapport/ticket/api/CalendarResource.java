package dev.rapport.ticket.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.ticket.domain.sla.SlaCalendar;
import dev.rapport.ticket.domain.sla.SlaCalendars;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "SLA calendars",
    description = "When business time counts: a zone, opening hours per weekday, holidays")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class CalendarResource {
  static final String ETAG = "The version as a strong entity tag, e.g. \"3\"";
  static final String IF_MATCH = "The ETag of the version being changed (required)";
  static final String PRECONDITION_REQUIRED = "No If-Match sent (if-match-required)";
  static final String STALE = "If-Match names another version than the current one";
  private static final String INVALID =
      "Invalid calendar (invalid-calendar; `errors` names the field): unknown zone or weekday, a"
          + " time not HH:mm, a span ending before it starts, overlapping spans, a week without"
          + " an opening, a holiday twice, too many spans or holidays";
  private static final String DUPLICATE =
      "Another calendar has this name, regardless of case (duplicate-calendar, with existingId)";

  private final SlaCalendars calendars;
  private final IdempotentCreation creation;

  CalendarResource(SlaCalendars calendars, IdempotentCreation creation) {
    this.calendars = calendars;
    this.creation = creation;
  }

  @GET
  @Operation(
      summary = "The business calendars, by name (staff)",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(responseCode = "200", description = "One page; nextCursor is null on the last")
  public Page<CalendarResponse> list(@Valid @BeanParam PageRequest page) {
    return calendars.list(page.after, page.limit).map(CalendarResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One business calendar (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The calendar; ETag carries its version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
  public Response get(@PathParam("id") String id) {
    return ok(calendars.get(QueryParams.uuid("id", id)));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Add a business calendar (admin)",
      description = "Send an Idempotency-Key to make retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag carries its version",
      headers = {
        @Header(
            name = "Location",
            description = "The calendar's URL",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
  @APIResponse(responseCode = "400", description = INVALID)
  @APIResponse(
      responseCode = "409",
      description = DUPLICATE + "; or the earlier request with this Idempotency-Key did not finish")
  @APIResponse(
      responseCode = "422",
      description = "Idempotency-Key already used with another body in the last 24 h")
  public Response create(
      @Valid @NotNull CalendarRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    return creation.create(
        "calendars",
        idempotencyKey,
        request,
        () -> calendars.create(request.toDraft()).id,
        id ->
            Response.created(URI.create("/api/v1/calendars/" + id))
                .header("ETag", ETags.of(calendars.get(id).version))
                .entity(CalendarResponse.of(calendars.get(id))));
  }

  @PUT
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}")
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Replace a business calendar (admin); If-Match required",
      description =
          "The open tickets of the policies that use it are timed again under the new hours.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar as saved; ETag carries its new version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
  @APIResponse(responseCode = "400", description = INVALID + "; or a malformed If-Match")
  @APIResponse(
      responseCode = "409",
      description = DUPLICATE + "; or the built-in 24x7 (built-in-calendar)")
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = PRECONDITION_REQUIRED)
  public Response replace(
      @PathParam("id") String id,
      @Valid @NotNull CalendarRequest request,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
    return ok(calendars.replace(QueryParams.uuid("id", id), ifMatch, request.toDraft()));
  }

  @DELETE
  @Transactional
  @Path("/{id}")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Delete a business calendar no policy uses (admin); If-Match required")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", description = "A malformed If-Match")
  @APIResponse(
      responseCode = "409",
      description =
          "A policy uses it (calendar-in-use, naming the policies), or it is the built-in 24x7"
              + " (built-in-calendar)")
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = PRECONDITION_REQUIRED)
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
    calendars.delete(QueryParams.uuid("id", id), ifMatch);
    return Response.noContent().build();
  }

  private static Response ok(SlaCalendar calendar) {
    return Response.ok(CalendarResponse.of(calendar))
        .header("ETag", ETags.of(calendar.version))
        .build();
  }
}
