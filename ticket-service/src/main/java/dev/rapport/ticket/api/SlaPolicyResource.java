package dev.rapport.ticket.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.ticket.api.CalendarResource.ETAG;
import static dev.rapport.ticket.api.CalendarResource.IF_MATCH;
import static dev.rapport.ticket.api.CalendarResource.PRECONDITION_REQUIRED;
import static dev.rapport.ticket.api.CalendarResource.STALE;

import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.ticket.domain.sla.SlaPolicy;
import dev.rapport.ticket.domain.sla.SlaPolicyCatalog;
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

@Path("/api/v1/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "SLA policies",
    description =
        "Response, resolution and update targets by priority, optionally by ticket type and"
            + " business service; the most specific policy wins")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class SlaPolicyResource {
  private static final String INVALID =
      "Invalid policy (invalid-sla-policy; `errors` names the field): a target not an ISO-8601"
          + " duration from PT1M to P365D, a threshold outside (0, 1) or given twice, more than"
          + " 5 thresholds, a pausing status other than NEW, ASSIGNED, IN_PROGRESS,"
          + " WAITING_ON_CUSTOMER, ON_HOLD";
  private static final String CONFLICT =
      "Another policy has this name (duplicate-sla-policy) or the same priority, type and service"
          + " (duplicate-sla-policy-match), with existingId";
  private static final String UNKNOWN =
      "The calendar (unknown-calendar) or the business service (unknown-business-service) does"
          + " not exist";

  private final SlaPolicyCatalog policies;
  private final IdempotentCreation creation;

  SlaPolicyResource(SlaPolicyCatalog policies, IdempotentCreation creation) {
    this.policies = policies;
    this.creation = creation;
  }

  @GET
  @Operation(
      summary = "The SLA policies, by name (staff)",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(responseCode = "200", description = "One page; nextCursor is null on the last")
  public Page<SlaPolicyResponse> list(@Valid @BeanParam PageRequest page) {
    return policies.list(page.after, page.limit).map(SlaPolicyResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One SLA policy (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The policy; ETag carries its version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SlaPolicyResponse.class)))
  public Response get(@PathParam("id") String id) {
    return ok(policies.get(QueryParams.uuid("id", id)));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Add an SLA policy (admin)",
      description =
          "Open tickets it now matches are timed again under it, from their opening. Send an"
              + " Idempotency-Key to make retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag carries its version",
      headers = {
        @Header(
            name = "Location",
            description = "The policy's URL",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = SlaPolicyResponse.class)))
  @APIResponse(responseCode = "400", description = INVALID)
  @APIResponse(
      responseCode = "409",
      description = CONFLICT + "; or the earlier request with this Idempotency-Key did not finish")
  @APIResponse(
      responseCode = "422",
      description =
          UNKNOWN + "; or Idempotency-Key already used with another body in the last 24 h")
  public Response create(
      @Valid @NotNull SlaPolicyRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    return creation.create(
        "sla-policies",
        idempotencyKey,
        request,
        () -> policies.create(request.toDraft()).id,
        id ->
            Response.created(URI.create("/api/v1/sla-policies/" + id))
                .header("ETag", ETags.of(policies.get(id).version))
                .entity(SlaPolicyResponse.of(policies.get(id))));
  }

  @PUT
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}")
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Replace an SLA policy (admin); If-Match required",
      description =
          "The new terms apply to the open tickets it matches from their opening, paused spans"
              + " still excluded; a clock that is then past its target is breached at once."
              + " A priority's default policy (any type, any service) keeps its match.")
  @APIResponse(
      responseCode = "200",
      description = "The policy as saved; ETag carries its new version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SlaPolicyResponse.class)))
  @APIResponse(responseCode = "400", description = INVALID + "; or a malformed If-Match")
  @APIResponse(
      responseCode = "409",
      description =
          CONFLICT
              + "; or a priority's default policy given another match (priority-default-policy)")
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "422", description = UNKNOWN)
  @APIResponse(responseCode = "428", description = PRECONDITION_REQUIRED)
  public Response replace(
      @PathParam("id") String id,
      @Valid @NotNull SlaPolicyRequest request,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
    SlaPolicy policy = policies.replace(QueryParams.uuid("id", id), ifMatch, request.toDraft());
    return ok(policy);
  }

  @DELETE
  @Transactional
  @Path("/{id}")
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Delete an SLA policy (admin); If-Match required",
      description = "Its tickets fall back to the next most specific policy.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", description = "A malformed If-Match")
  @APIResponse(
      responseCode = "409",
      description =
          "It is a priority's default policy (priority-default-policy): every priority keeps one")
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = PRECONDITION_REQUIRED)
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
    policies.delete(QueryParams.uuid("id", id), ifMatch);
    return Response.noContent().build();
  }

  private static Response ok(SlaPolicy policy) {
    return Response.ok(SlaPolicyResponse.of(policy))
        .header("ETag", ETags.of(policy.version))
        .build();
  }
}
