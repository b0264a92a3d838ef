package dev.rapport.ticket.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.input.InputRules;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import dev.rapport.ticket.domain.ParticipantLevel;
import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketChecklist;
import dev.rapport.ticket.domain.TicketConversation;
import dev.rapport.ticket.domain.TicketEditing;
import dev.rapport.ticket.domain.TicketFilter;
import dev.rapport.ticket.domain.TicketHistory;
import dev.rapport.ticket.domain.TicketLifecycle;
import dev.rapport.ticket.domain.TicketOpening;
import dev.rapport.ticket.domain.TicketParticipants;
import dev.rapport.ticket.domain.TicketSearch;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.TicketView;
import dev.rapport.ticket.domain.Tickets;
import dev.rapport.ticket.domain.sla.SlaExplanations;
import dev.rapport.ticket.domain.sla.SlaListState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "Incidents and service requests")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class TicketResource {
  static final String IDEMPOTENCY_KEY = IdempotentCreation.HEADER;
  static final String IF_MATCH = "If-Match";

  // Descriptions the document repeats on several operations.
  static final String ETAG_DESCRIPTION = "The ticket's version as a strong entity tag, e.g. \"7\"";
  static final String STALE = "If-Match names another version than the ticket's current one";
  static final String NOT_OPEN =
      "The ticket is closed or cancelled (or, for work, resolved); the body says whether it may"
          + " be reopened (ticket-not-open)";
  static final String UNKNOWN_PERSON =
      "The userName is not a known, active person (unknown-person, person-deactivated), or not IT"
          + " staff where IT staff is needed (not-it-staff)";
  static final String KEY_REUSED =
      "Idempotency-Key already used with another body in the last 24 h (idempotency-key-reused)";
  static final String KEY_INCOMPLETE =
      "The earlier request with this Idempotency-Key did not finish (idempotency-key-incomplete)";

  private final Tickets tickets;
  private final TicketOpening opening;
  private final TicketEditing editing;
  private final TicketLifecycle lifecycle;
  private final TicketConversation conversation;
  private final TicketChecklist checklist;
  private final TicketParticipants participants;
  private final TicketHistory history;
  private final TicketSearch search;
  private final CurrentCaller caller;
  private final IdempotentCreation creation;
  private final SlaExplanations slas;

  TicketResource(
      Tickets tickets,
      TicketOpening opening,
      TicketEditing editing,
      TicketLifecycle lifecycle,
      TicketConversation conversation,
      TicketChecklist checklist,
      TicketParticipants participants,
      TicketHistory history,
      TicketSearch search,
      CurrentCaller caller,
      IdempotentCreation creation,
      SlaExplanations slas) {
    this.tickets = tickets;
    this.opening = opening;
    this.editing = editing;
    this.lifecycle = lifecycle;
    this.conversation = conversation;
    this.checklist = checklist;
    this.participants = participants;
    this.history = history;
    this.search = search;
    this.caller = caller;
    this.creation = creation;
    this.slas = slas;
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Raise a ticket",
      description =
          "Opens an incident or service request in status NEW. Priority P1–P4 comes from the"
              + " impact × urgency matrix. Send an Idempotency-Key to make retries safe: the same"
              + " key and body within 24 h answer with the ticket first created. IT staff and"
              + " integrations may raise one on behalf of someone else ('requester').")
  @APIResponse(
      responseCode = "201",
      description =
          "Created (or, for a replayed Idempotency-Key, the ticket created first); Location names"
              + " the ticket",
      headers = {
        @Header(
            name = "Location",
            description = "The ticket's URL",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = ETAG_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid body (problem+json with field errors)")
  @APIResponse(
      responseCode = "403",
      description =
          "The token's roles do not allow this, or a requester named another person as"
              + " 'requester'")
  @APIResponse(responseCode = "409", description = KEY_INCOMPLETE)
  @APIResponse(
      responseCode = "422",
      description =
          KEY_REUSED
              + "; or businessServiceId is not in the catalogue (unknown-business-service); or a"
              + " requester or watcher is not a known, active person (unknown-person,"
              + " person-deactivated)")
  public Response open(
      @Valid @NotNull CreateTicketRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 255) String idempotencyKey) {
    Caller who = caller.get();
    // The ticket just opened answers directly; a replay loads the one opened first.
    List<TicketView> opened = new ArrayList<>(1);
    return creation.create(
        "tickets:" + who.userName(),
        idempotencyKey,
        request,
        () -> {
          opened.add(opening.open(request.toNewTicket(), who));
          return opened.get(0).ticket().id;
        },
        id -> created(opened.isEmpty() ? tickets.read(id.toString(), who) : opened.get(0)));
  }

  @GET
  @Operation(
      summary = "List tickets",
      description =
          "Tickets the caller may see (requesters: those they raised, watch or hold a stake in),"
              + " filtered, sorted and paginated by cursor: pass nextCursor as 'after'.")
  public Page<TicketResponse> list(
      @Parameter(description = "Statuses, comma-separated or repeated, e.g. NEW,IN_PROGRESS")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "Priorities, comma-separated or repeated, e.g. P1,P2")
          @QueryParam("priority")
          List<String> priority,
      @QueryParam("type") String type,
      @Parameter(description = "Assignee userName") @QueryParam("assignee") String assignee,
      @QueryParam("team") String team,
      @Parameter(description = "Requester userName") @QueryParam("requester") String requester,
      @QueryParam("businessService") String businessService,
      @Parameter(description = "Text to find in the title") @QueryParam("q") String text,
      @Parameter(
              description =
                  "SLA states, comma-separated or repeated: BREACHED (a clock is past its"
                      + " target), AT_RISK (a counting clock is past a warning threshold)")
          @QueryParam("slaState")
          List<String> slaState,
      @Parameter(
              description =
                  "Only tickets whose next SLA due instant (of a clock still counting) is before"
                      + " this ISO-8601 instant, e.g. 2026-12-01T17:00:00Z")
          @QueryParam("dueBefore")
          String dueBefore,
      @Parameter(
              description =
                  "createdAt, updatedAt, priority or nextDue (when the next SLA clock falls due;"
                      + " only tickets with a clock counting); '-' for descending")
          @QueryParam("sort")
          @DefaultValue("-createdAt")
          String sort,
      @Valid @BeanParam PageRequest page) {
    TicketFilter filter =
        new TicketFilter(
            QueryParams.enums(TicketStatus.class, "status", status),
            QueryParams.enums(Priority.class, "priority", priority),
            QueryParams.enumOrNull(TicketType.class, "type", type),
            assignee,
            team,
            requester,
            QueryParams.uuidOrNull("businessService", businessService),
            text,
            QueryParams.enums(SlaListState.class, "slaState", slaState),
            instantOrNull("dueBefore", dueBefore),
            sort,
            page.after,
            page.limit);
    return search.search(filter, caller.get()).map(TicketResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a ticket by id or key (T-1042); the ETag carries its version")
  @APIResponse(
      responseCode = "200",
      description = "The ticket; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
  public Response get(@PathParam("id") String id) {
    return ok(tickets.read(id, caller.get()));
  }

  @PATCH
  @Transactional
  @Path("/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed({AGENT, LEAD, ADMIN})
  @Operation(
      summary = "Edit a ticket (IT staff)",
      description = "Changes the given fields. Send If-Match with the ETag to avoid lost updates.")
  @APIResponse(
      responseCode = "200",
      description = "The changed ticket; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(responseCode = "409", description = NOT_OPEN)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(
      responseCode = "422",
      description = "businessServiceId is not in the catalogue (unknown-business-service)")
  public Response edit(
      @PathParam("id") String id,
      @Valid @NotNull PatchTicketRequest request,
      @HeaderParam(IF_MATCH) String ifMatch) {
    return ok(editing.edit(id, request.toChanges(), ifMatch, caller.get()));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/transitions")
  @Operation(
      summary = "Move a ticket in its lifecycle",
      description =
          "NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER / ON_HOLD → RESOLVED → CLOSED;"
              + " CANCELLED from open statuses; RESOLVED → IN_PROGRESS reopens within the reopen"
              + " window. Resolving needs 'reason'. A requester may cancel, reply, accept or"
              + " reopen; an integration may not move tickets.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket in its new status; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The token's roles do not allow this, the caller may not move this ticket (a watcher,"
              + " an integration), or the move is reserved to IT staff")
  @APIResponse(
      responseCode = "409",
      description =
          "Illegal move (illegal-transition; the body lists currentStatus and"
              + " allowedTransitions), ASSIGNED without an assignee or team"
              + " (assignment-required), or a reopen after the window (reopen-window-expired)")
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(
      responseCode = "422",
      description = "Resolving without a resolution note in 'reason' (resolution-required)")
  public Response transition(
      @PathParam("id") String id,
      @Valid @NotNull TransitionRequest request,
      @HeaderParam(IF_MATCH) String ifMatch) {
    return ok(lifecycle.transition(id, request.to(), request.reason(), ifMatch, caller.get()));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/assignment")
  @RolesAllowed({AGENT, LEAD, ADMIN})
  @Operation(
      summary = "Assign to an agent and/or team (IT staff); a NEW ticket becomes ASSIGNED",
      description = "Send If-Match with the ETag to avoid lost updates.")
  @APIResponse(
      responseCode = "200",
      description = "The assigned ticket; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body, or neither assigneeId nor teamId given (assignment-empty)")
  @APIResponse(responseCode = "409", description = NOT_OPEN)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "422", description = UNKNOWN_PERSON)
  public Response assign(
      @PathParam("id") String id,
      @Valid @NotNull AssignmentRequest request,
      @HeaderParam(IF_MATCH) String ifMatch) {
    return ok(lifecycle.assign(id, request.assigneeId(), request.teamId(), ifMatch, caller.get()));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/updates")
  @Operation(
      summary = "Post a public update or an internal work note",
      description =
          "PUBLIC updates reach the requester, watchers and stakeholders; INTERNAL notes are for"
              + " IT only (agents, leads, admins; not integrations). A requester's reply moves a ticket WAITING_ON_CUSTOMER back to"
              + " IN_PROGRESS.")
  @APIResponse(
      responseCode = "201",
      description =
          "Posted (or, for a replayed Idempotency-Key, the update posted first); Location names"
              + " the ticket's updates",
      headers = {
        @Header(
            name = "Location",
            description = "The ticket's list of updates",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketUpdateResponse.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The token's roles do not allow this, the caller is only a watcher or stakeholder, or"
              + " an INTERNAL note from someone who is not IT staff")
  @APIResponse(responseCode = "409", description = NOT_OPEN + "; or " + KEY_INCOMPLETE)
  @APIResponse(responseCode = "422", description = KEY_REUSED)
  public Response postUpdate(
      @PathParam("id") String id,
      @Valid @NotNull PostUpdateRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 255) String idempotencyKey) {
    Caller who = caller.get();
    return creation.create(
        "updates:" + who.userName() + ":" + id,
        idempotencyKey,
        request,
        () -> conversation.post(id, request.visibility(), request.body(), who).id,
        updateId ->
            Response.created(URI.create("/api/v1/tickets/" + id + "/updates"))
                .entity(TicketUpdateResponse.of(conversation.get(id, updateId, who))));
  }

  @GET
  @Path("/{id}/updates")
  @Operation(
      summary = "The ticket's updates, oldest first; requesters never see internal notes",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(
      responseCode = "200",
      description = "One page of updates; nextCursor is null on the last")
  @APIResponse(
      responseCode = "400",
      description = "limit out of range or a cursor not of this list")
  public Page<TicketUpdateResponse> updates(
      @PathParam("id") String id, @Valid @BeanParam PageRequest page) {
    return conversation
        .page(id, page.after, page.limit, caller.get())
        .map(TicketUpdateResponse::of);
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/tasks")
  @RolesAllowed({AGENT, LEAD, ADMIN})
  @Operation(summary = "Add a checklist task (IT staff)")
  @APIResponse(
      responseCode = "201",
      description =
          "Added (or, for a replayed Idempotency-Key, the task added first); Location names the"
              + " task",
      headers = {
        @Header(
            name = "Location",
            description = "The task's URL",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "409", description = NOT_OPEN + "; or " + KEY_INCOMPLETE)
  @APIResponse(responseCode = "422", description = KEY_REUSED)
  public Response addTask(
      @PathParam("id") String id,
      @Valid @NotNull AddTaskRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 255) String idempotencyKey) {
    Caller who = caller.get();
    return creation.create(
        "tasks:" + who.userName() + ":" + id,
        idempotencyKey,
        request,
        () -> checklist.add(id, request.title(), who).id,
        taskId ->
            Response.created(URI.create("/api/v1/tickets/" + id + "/tasks/" + taskId))
                .entity(TaskResponse.of(checklist.get(id, taskId, who))));
  }

  @GET
  @Path("/{id}/tasks")
  @Operation(
      summary = "The ticket's checklist, in its order",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(
      responseCode = "200",
      description = "One page of tasks; nextCursor is null on the last")
  @APIResponse(
      responseCode = "400",
      description = "limit out of range or a cursor not of this list")
  public Page<TaskResponse> tasks(@PathParam("id") String id, @Valid @BeanParam PageRequest page) {
    return checklist.page(id, page.after, page.limit, caller.get()).map(TaskResponse::of);
  }

  @POST
  @Transactional
  @Path("/{id}/tasks/{taskId}/completion")
  @RolesAllowed({AGENT, LEAD, ADMIN})
  @Operation(
      summary = "Complete a task (IT staff)",
      description = "Also posts a public progress update: '2 of 3 steps done: …'.")
  @APIResponse(
      responseCode = "200",
      description = "The completed task",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = NOT_OPEN + "; or the task is already completed (task-already-completed)")
  public TaskResponse completeTask(@PathParam("id") String id, @PathParam("taskId") String taskId) {
    return TaskResponse.of(
        checklist.complete(id, QueryParams.uuid("taskId", taskId), caller.get()));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/stakeholders")
  @RolesAllowed({AGENT, LEAD, ADMIN})
  @Operation(summary = "Add a stakeholder by level (IT staff)")
  @APIResponse(
      responseCode = "200",
      description =
          "The ticket with the stakeholder (unchanged if already there); ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(responseCode = "409", description = NOT_OPEN)
  @APIResponse(responseCode = "422", description = UNKNOWN_PERSON)
  public Response addStakeholder(
      @PathParam("id") String id, @Valid @NotNull ParticipantRequest request) {
    return ok(participants.add(id, request.userName(), request.level(), caller.get()));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}/watchers")
  @Operation(summary = "Add a watcher (the requester or IT staff)")
  @APIResponse(
      responseCode = "200",
      description =
          "The ticket with the watcher (unchanged if already there); ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketResponse.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The token's roles do not allow this, or the caller is neither the requester nor IT"
              + " staff")
  @APIResponse(responseCode = "409", description = NOT_OPEN)
  @APIResponse(responseCode = "422", description = UNKNOWN_PERSON)
  public Response addWatcher(@PathParam("id") String id, @Valid @NotNull WatcherRequest request) {
    return ok(participants.add(id, request.userName(), ParticipantLevel.WATCHER, caller.get()));
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      summary = "The audit timeline: who did what, when, old → new",
      description = "Oldest first, keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the timeline; nextCursor is null on the last")
  @APIResponse(
      responseCode = "400",
      description = "limit out of range or a cursor not of this list")
  public Page<HistoryResponse> history(
      @PathParam("id") String id, @Valid @BeanParam PageRequest page) {
    return history.page(id, page.after, page.limit, caller.get()).map(HistoryResponse::of);
  }

  @GET
  @Path("/{id}/sla")
  @Operation(
      summary = "The ticket's SLA explained",
      description =
          "Per clock (RESPONSE, RESOLUTION, UPDATE): target, start, every paused span with its"
              + " reason, elapsed business time, remaining, due, state and the instants of its"
              + " warnings and breach; and a readable timeline in the calendar's zone. Whoever may"
              + " see the ticket may see it; the reasons are status words only.")
  @APIResponse(
      responseCode = "200",
      description = "The clocks now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SlaResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such ticket, not visible to the caller, or no SLA policy applies to it")
  public SlaResponse sla(@PathParam("id") String id) {
    return SlaResponse.of(slas.explain(id, caller.get()));
  }

  private static Response.ResponseBuilder created(TicketView view) {
    return Response.created(UriBuilder.fromPath("/api/v1/tickets/{id}").build(view.ticket().id))
        .header("ETag", ETags.of(view.ticket().version))
        .entity(TicketResponse.of(view));
  }

  private static Response ok(TicketView view) {
    return Response.ok(TicketResponse.of(view))
        .header("ETag", ETags.of(view.ticket().version))
        .build();
  }

  private static Instant instantOrNull(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Instant instant;
    try {
      instant = Instant.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidParameter(
          name, "must be an ISO-8601 instant such as 2026-12-01T17:00:00Z; got '" + raw + "'");
    }
    if (!InputRules.isInRange(instant)) {
      throw ProblemException.invalidParameter(name, InputRules.INSTANT_RANGE);
    }
    return instant;
  }
}
