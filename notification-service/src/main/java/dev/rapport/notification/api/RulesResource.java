package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.AudienceRule;
import dev.rapport.notification.domain.AudienceRuleBook;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.problem.Problem;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Audience rules",
    description =
        "Who hears which ticket events: per audience and event type, from a priority up,"
            + " IMMEDIATE, in the daily DIGEST, or NONE. Internal notes never reach a non-IT"
            + " audience, whatever a rule says. IT staff read; admins change.")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class RulesResource {
  static final String ETAG = "The rule's version, for If-Match";

  private final CurrentCaller caller;
  private final IdempotentCreation creation;
  private final AudienceRuleBook rules;

  RulesResource(CurrentCaller caller, IdempotentCreation creation, AudienceRuleBook rules) {
    this.caller = caller;
    this.creation = creation;
    this.rules = rules;
  }

  @GET
  @Operation(
      summary = "The audience rules, by audience and event type",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(
      responseCode = "400",
      description = "An unknown audience, limit out of range or a cursor not of this list")
  // Declared because the 400 above stops SmallRye adding it; the schema comes from the return type.
  @APIResponse(responseCode = "200", description = "A page of rules")
  public Page<RuleResponse> list(
      @Parameter(
              description =
                  "REQUESTER, WATCHER, END_USER, BUSINESS_OWNER, EXECUTIVE, ASSIGNEE, TEAM,"
                      + " TEAM_LEAD (team members with the lead role) or IT",
              example = "BUSINESS_OWNER")
          @QueryParam("audience")
          String audience,
      @Parameter(description = "A ticket event type", example = "rapport.ticket.resolved.v1")
          @QueryParam("eventType")
          String eventType,
      @Valid @BeanParam PageRequest page) {
    return rules
        .list(
            QueryParams.enumOrNull(Audience.class, "audience", audience),
            eventType,
            page.after,
            page.limit)
        .map(RuleResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One rule; the ETag carries its version")
  @APIResponse(responseCode = "404", description = "No such rule")
  @APIResponse(
      responseCode = "200",
      description = "The rule; ETag carries its version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<RuleResponse> get(
      @Parameter(
              description = "The rule's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    return ok(rules.find(QueryParams.uuid("id", id)));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(summary = "Add a rule (admin); honours Idempotency-Key")
  @APIResponse(
      responseCode = "201",
      description = "Created (or, for a repeated Idempotency-Key, the rule created then)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RuleResponse.class)),
      headers = {
        @Header(
            name = "Location",
            description = "The new rule",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a repeated Idempotency-Key",
            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))
      })
  @APIResponse(
      responseCode = "400",
      description = "Missing or bad fields, an unknown event type, the SUBSCRIPTION audience")
  @APIResponse(
      responseCode = "409",
      description =
          "A rule for this audience and event type exists (change it with PUT), or the earlier"
              + " request with this Idempotency-Key did not finish",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemSchemas.RuleConflict.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Internal notes for a non-IT audience, or an Idempotency-Key reused for another body")
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RuleRequest.class),
                      examples =
                          @ExampleObject(
                              name = "owners-hear-completed-tasks-daily",
                              summary = "Business owners get P1/P2 task completions daily",
                              value =
                                  "{\"audience\": \"BUSINESS_OWNER\", \"eventType\":"
                                      + " \"rapport.ticket.task-completed.v1\", \"minPriority\":"
                                      + " \"P2\", \"delivery\": \"DIGEST\"}")))
          @Valid
          @NotNull
          RuleRequest request,
      @Parameter(description = "Makes a retried POST create nothing twice (24 hours)")
          @HeaderParam(IdempotentCreation.HEADER)
          @Size(max = 255)
          String idempotencyKey) {
    return creation.create(
        "rules",
        idempotencyKey,
        request,
        () ->
            rules.add(
                new AudienceRuleBook.NewRule(
                    request.audience(),
                    request.eventType(),
                    request.minPriority(),
                    request.delivery()),
                caller.get()),
        id -> {
          AudienceRule rule = rules.find(id);
          return Response.created(URI.create("/api/v1/rules/" + id))
              .header("ETag", ETags.of(rule.version))
              .entity(RuleResponse.of(rule));
        });
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(summary = "Change how a rule delivers (admin); send If-Match with its ETag")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  @APIResponse(
      responseCode = "200",
      description = "The changed rule; ETag carries its version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<RuleResponse> change(
      @Parameter(
              description = "The rule's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RuleChange.class),
                      examples =
                          @ExampleObject(
                              name = "p1-only-immediately",
                              summary = "Only P1 tickets, at once",
                              value = "{\"minPriority\": \"P1\", \"delivery\": \"IMMEDIATE\"}")))
          @Valid
          @NotNull
          RuleChange request,
      @Parameter(description = "The ETag of GET", example = "\"0\"") @HeaderParam("If-Match")
          String ifMatch) {
    return ok(
        rules.change(
            QueryParams.uuid("id", id),
            request.minPriority(),
            request.delivery(),
            ifMatch,
            caller.get()));
  }

  private static RestResponse<RuleResponse> ok(AudienceRule rule) {
    return ResponseBuilder.ok(RuleResponse.of(rule)).header("ETag", ETags.of(rule.version)).build();
  }
}
