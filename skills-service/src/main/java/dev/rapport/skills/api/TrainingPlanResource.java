package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.TrainingPlan;
import dev.rapport.skills.domain.TrainingPlans;
import dev.rapport.skills.domain.TrainingStatus;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.openapi.ProblemResponsesFilter;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/training-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Training towards a level, and what completing it raises")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class TrainingPlanResource {
  private final TrainingPlans plans;
  private final References references;
  private final CurrentCaller caller;
  private final IdempotentCreation creation;

  TrainingPlanResource(
      TrainingPlans plans,
      References references,
      CurrentCaller caller,
      IdempotentCreation creation) {
    this.plans = plans;
    this.references = references;
    this.caller = caller;
    this.creation = creation;
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Assign training (a lead of the person, or an admin)",
      description =
          "The target must be above the person's current level; one open plan per person and"
              + " skill. Emits rapport.training.assigned.v1. Send an Idempotency-Key to make"
              + " retries safe.")
  @APIResponse(
      responseCode = "201",
      description = "Assigned (or, for a retried Idempotency-Key, assigned before)",
      headers = {
        @Header(
            name = "Location",
            description = "The new plan",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TrainingPlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: field errors, or where the JSON broke")
  @APIResponse(responseCode = "403", description = "Not a lead of the person, nor an admin")
  @APIResponse(responseCode = "404", description = "No such person or skill")
  @APIResponse(
      responseCode = "409",
      description = "An open plan exists; existingId names it",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Conflict.class)))
  @APIResponse(
      responseCode = "422",
      description = "Target not above the current level, due date in the past, or key reused")
  public Response assign(
      @Valid @NotNull TrainingPlanRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    Caller who = caller.get();
    return creation.create(
        "training-plans:" + who.userName(),
        idempotencyKey,
        request,
        () -> {
          Person person = references.person(request.person(), who);
          Skill skill = references.skill(request.skill());
          return plans.assign(
                  person, skill, request.targetLevel(), request.dueDate(), request.resource(), who)
              .id;
        },
        id ->
            respond(
                plans.get(id, who),
                Response.created(UriBuilder.fromPath("/api/v1/training-plans/{id}").build(id))));
  }

  @GET
  @Operation(
      summary = "List training plans",
      description =
          "IT staff see every plan, filtered by person, team and status; anyone else sees only"
              + " their own (person=me or no person). Newest assignment first, paginated by"
              + " cursor: pass nextCursor as 'after'.")
  @APIResponse(responseCode = "200", description = "A page of plans")
  @APIResponse(responseCode = "403", description = "Not staff, and asked for someone else's plans")
  @APIResponse(responseCode = "404", description = "No such person or team")
  public Page<TrainingPlanResponse> list(
      @Parameter(description = "Person id, userName or 'me'") @QueryParam("person") String person,
      @Parameter(description = "Team id or display name: plans of its members") @QueryParam("team")
          String team,
      @Parameter(description = "Statuses, comma-separated or repeated, e.g. ASSIGNED")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Caller who = caller.get();
    Page<TrainingPlan> page =
        plans.list(
            new TrainingPlans.Filter(
                person == null || person.isBlank() ? null : references.person(person, who),
                team == null || team.isBlank() ? null : references.team(team),
                QueryParams.enums(TrainingStatus.class, "status", status),
                after,
                limit),
            who);
    Map<UUID, Person> people = new HashMap<>();
    Map<UUID, Skill> skills = new HashMap<>();
    return new Page<>(
        page.items().stream()
            .map(
                p ->
                    TrainingPlanResponse.of(
                        p,
                        people.computeIfAbsent(p.personId, id -> Person.findById(id)),
                        skills.computeIfAbsent(p.skillId, id -> Skill.findById(id))))
            .toList(),
        page.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A training plan (the person in training, or IT staff); ETag = version")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TrainingPlanResponse.class)))
  @APIResponse(responseCode = "400", description = "id is not a UUID")
  @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
  public Response get(@PathParam("id") String id) {
    return respond(plans.get(QueryParams.uuid("id", id), caller.get()), Response.ok()).build();
  }

  @PATCH
  @Transactional
  @Path("/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @APIResponse(
      responseCode = "400",
      description = "Invalid body or id: field errors, or where the JSON broke")
  @Operation(
      summary = "Report progress, or change a plan",
      description =
          "The person in training may report progressPercent only (above 0 starts an ASSIGNED"
              + " plan). A lead of the person or an admin may also change dueDate and resource,"
              + " and set status IN_PROGRESS or CANCELLED. Send If-Match with the ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The plan as changed",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TrainingPlanResponse.class)))
  @APIResponse(responseCode = "403", description = "Not allowed to change these fields")
  @APIResponse(
      responseCode = "409",
      description = "The plan is completed or cancelled",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Conflict.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  @APIResponse(responseCode = "422", description = "Illegal status or due date in the past")
  public Response change(
      @PathParam("id") String id,
      @Valid @NotNull TrainingPlanPatchRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    Caller who = caller.get();
    TrainingPlan plan =
        plans.change(
            QueryParams.uuid("id", id),
            new TrainingPlans.Changes(
                request.progressPercent(), request.status(), request.dueDate(), request.resource()),
            ifMatch,
            who);
    return respond(plan, Response.ok()).build();
  }

  @POST
  @Transactional
  @Path("/{id}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "400", description = "Invalid note or id, or a body that is not JSON")
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Complete a plan (a lead of the person, or an admin)",
      description =
          "The plan becomes COMPLETED; the person's level becomes max(current, target) with"
              + " source TRAINING, verified by the caller, with a history row. Emits"
              + " rapport.training.completed.v1 and refreshes the gaps of the person's teams.")
  @APIResponse(
      responseCode = "200",
      description = "The completed plan",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TrainingPlanResponse.class)))
  @APIResponse(responseCode = "403", description = "Not a lead of the person, or their own plan")
  @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
  @APIResponse(
      responseCode = "409",
      description = "Already completed or cancelled",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Conflict.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response complete(
      @PathParam("id") String id,
      @RequestBody(required = false, description = "An optional note for the history") @Valid
          CompletionRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    Caller who = caller.get();
    TrainingPlan plan =
        plans.complete(
            QueryParams.uuid("id", id), request == null ? null : request.note(), ifMatch, who);
    return respond(plan, Response.ok()).build();
  }

  private static Response.ResponseBuilder respond(
      TrainingPlan plan, Response.ResponseBuilder builder) {
    Person person = Person.findById(plan.personId);
    Skill skill = Skill.findById(plan.skillId);
    return builder
        .header("ETag", ETags.of(plan.version))
        .entity(TrainingPlanResponse.of(plan, person, skill));
  }
}
