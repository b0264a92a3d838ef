package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.FieldChange;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketStakeholderAdded;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketTaskAdded;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.events.ticket.TicketUpdated;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.UserNames;
import dev.rapport.ticket.config.TicketConfig;
import dev.rapport.ticket.messaging.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every change to a ticket goes through here: each checks access and rules, records history and
 * writes its event to the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TicketService {
  private static final Pattern TICKET_KEY = Pattern.compile("T-\\d+");

  private final EntityManager em;
  private final PriorityMatrixRepository priorities;
  private final TicketEvents events;
  private final Clock clock;
  private final TicketStatusMachine statusMachine;
  private final NamedPeople namedPeople;

  TicketService(
      EntityManager em,
      PriorityMatrixRepository priorities,
      TicketEvents events,
      Clock clock,
      TicketConfig config,
      NamedPeople namedPeople) {
    this.em = em;
    this.namedPeople = namedPeople;
    this.priorities = priorities;
    this.events = events;
    this.clock = clock;
    this.statusMachine = new TicketStatusMachine(config.reopenWindow());
  }

  public Ticket open(NewTicket request, Caller caller) {
    String requester =
        request.requester() == null ? caller.userName() : UserNames.normalise(request.requester());
    if (!requester.equals(caller.userName())) {
      if (!caller.staff()) {
        throw ProblemException.forbidden(
            "Only IT staff may raise a ticket on behalf of someone else; leave 'requester' out.");
      }
      namedPeople.requireNameable("requester", requester, false);
    }
    List<String> watchers = distinctUserNames(request.watchers());
    for (int i = 0; i < watchers.size(); i++) {
      namedPeople.requireNameable("watchers[" + i + "]", watchers.get(i), false);
    }
    Instant now = clock.instant();
    Ticket ticket = new Ticket();
    ticket.id = TimeOrderedUuids.next();
    ticket.key = "T-" + nextKeyNumber();
    ticket.type = request.type();
    ticket.title = request.title().strip();
    ticket.description = request.description();
    ticket.impact = request.impact();
    ticket.urgency = request.urgency();
    ticket.priority = priorities.load().priorityOf(request.impact(), request.urgency());
    ticket.status = TicketStatus.NEW;
    ticket.requester = requester;
    ticket.category = request.category();
    ticket.requiredSkills = distinct(request.requiredSkills());
    if (request.businessServiceId() != null) {
      BusinessService service = existingService(request.businessServiceId());
      ticket.businessServiceId = service.id;
      ticket.businessServiceName = service.name;
      ticket.participants.addAll(service.stakeholders);
    }
    for (String watcher : watchers) {
      ticket.participants.add(new Participant(watcher, ParticipantLevel.WATCHER));
    }
    ticket.createdAt = now;
    ticket.updatedAt = now;
    ticket.persist();
    record(ticket, caller, now, "opened", null, null, ticket.status.name());
    events.publish(
        new TicketOpened(TicketEvents.summary(ticket), caller.userName(), ticket.description));
    em.flush();
    return ticket;
  }

  /**
   * The statuses this caller may move the ticket to now (the reopen window included): exactly what
   * {@link #transition} accepts from them, so none for an integration or a mere watcher.
   */
  public Set<TicketStatus> allowedMoves(Ticket ticket, Caller caller) {
    if (!TicketAccess.mayMove(caller, ticket)) {
      return EnumSet.noneOf(TicketStatus.class);
    }
    return statusMachine.movesFor(ticket, caller.staff(), clock.instant());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Ticket find(String idOrKey, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.NONE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    return ticket;
  }

  public Ticket edit(String idOrKey, TicketChanges changes, String ifMatch, Caller caller) {
    TicketAccess.requireStaff(caller, "edit a ticket");
    Ticket ticket = forChange(idOrKey, ifMatch, caller);
    requireNotFinished(ticket, "edit");
    Instant now = clock.instant();
    List<FieldChange> changed = new ArrayList<>();
    List<Participant> inherited = List.of();
    if (changes.title() != null) {
      change(changed, "title", ticket.title, changes.title().strip());
      ticket.title = changes.title().strip();
    }
    if (changes.description() != null) {
      change(changed, "description", ticket.description, changes.description());
      ticket.description = changes.description();
    }
    if (changes.category() != null) {
      change(changed, "category", ticket.category, changes.category());
      ticket.category = changes.category();
    }
    if (changes.requiredSkills() != null) {
      List<String> skills = distinct(changes.requiredSkills());
      change(
          changed,
          "requiredSkills",
          String.join(",", ticket.requiredSkills),
          String.join(",", skills));
      ticket.requiredSkills = skills;
    }
    if (changes.businessServiceId() != null) {
      BusinessService service = existingService(changes.businessServiceId());
      change(changed, "businessService", ticket.businessServiceName, service.name);
      ticket.businessServiceId = service.id;
      ticket.businessServiceName = service.name;
      inherited =
          service.stakeholders.stream().filter(p -> !ticket.participants.contains(p)).toList();
    }
    if (changes.impact() != null || changes.urgency() != null) {
      Impact impact = changes.impact() == null ? ticket.impact : changes.impact();
      Urgency urgency = changes.urgency() == null ? ticket.urgency : changes.urgency();
      change(changed, "impact", ticket.impact.name(), impact.name());
      change(changed, "urgency", ticket.urgency.name(), urgency.name());
      Priority priority = priorities.load().priorityOf(impact, urgency);
      change(changed, "priority", ticket.priority.name(), priority.name());
      ticket.impact = impact;
      ticket.urgency = urgency;
      ticket.priority = priority;
    }
    if (changed.isEmpty()) {
      return ticket;
    }
    ticket.updatedAt = now;
    for (FieldChange fieldChange : changed) {
      record(
          ticket,
          caller,
          now,
          "updated",
          fieldChange.field(),
          fieldChange.from(),
          fieldChange.to());
    }
    events.publish(new TicketUpdated(TicketEvents.summary(ticket), caller.userName(), changed));
    // Stakeholders the new business service brings hear of it like any other added stakeholder.
    for (Participant stakeholder : inherited) {
      join(ticket, stakeholder, caller, now);
    }
    em.flush();
    return ticket;
  }

  public Ticket transition(
      String idOrKey, TicketStatus to, String reason, String ifMatch, Caller caller) {
    Ticket ticket = forChange(idOrKey, ifMatch, caller);
    TicketAccess.requireMayMove(caller, ticket);
    Instant now = clock.instant();
    TicketStatusMachine.Kind kind = statusMachine.check(ticket, to, reason, caller.staff(), now);
    moveTo(ticket, to, kind, reason, caller, now);
    em.flush();
    return ticket;
  }

  private void moveTo(
      Ticket ticket,
      TicketStatus to,
      TicketStatusMachine.Kind kind,
      String reason,
      Caller caller,
      Instant now) {
    TicketStatus from = ticket.status;
    ticket.status = to;
    ticket.updatedAt = now;
    switch (kind) {
      case RESOLVE -> {
        ticket.resolvedAt = now;
        ticket.resolution = reason.strip();
      }
      case REOPEN -> {
        ticket.resolvedAt = null;
        ticket.resolution = null;
      }
      case CLOSE, CANCEL -> ticket.closedAt = now;
      case PROGRESS -> {}
    }
    record(ticket, caller, now, "status-changed", "status", from.name(), to.name());
    String actor = caller.userName();
    var summary = TicketEvents.summary(ticket);
    events.publish(new TicketStatusChanged(summary, actor, from.name(), to.name(), reason));
    switch (kind) {
      case RESOLVE -> events.publish(new TicketResolved(summary, actor, ticket.resolution));
      case REOPEN -> events.publish(new TicketReopened(summary, actor, reason));
      case CLOSE -> events.publish(new TicketClosed(summary, actor, reason));
      case CANCEL -> events.publish(new TicketCancelled(summary, actor, reason));
      case PROGRESS -> {}
    }
  }

  /** Gives the ticket to an agent and/or team; a NEW ticket becomes ASSIGNED. */
  public Ticket assign(
      String idOrKey, String assignee, String teamId, String ifMatch, Caller caller) {
    TicketAccess.requireStaff(caller, "assign a ticket");
    if (assignee == null && teamId == null) {
      throw ProblemException.badRequest(
          "assignment-empty", "Name an 'assigneeId', a 'teamId' or both.");
    }
    Ticket ticket = forChange(idOrKey, ifMatch, caller);
    requireOpen(ticket, "assign");
    Instant now = clock.instant();
    String previousAssignee = ticket.assignee;
    String previousTeam = ticket.teamId;
    if (assignee != null) {
      String named = UserNames.normalise(assignee);
      if (!named.equals(previousAssignee)) {
        namedPeople.requireNameable("assigneeId", named, true);
      }
      ticket.assignee = named;
    }
    if (teamId != null) {
      ticket.teamId = teamId;
    }
    ticket.updatedAt = now;
    if (Objects.equals(previousAssignee, ticket.assignee)
        && Objects.equals(previousTeam, ticket.teamId)) {
      return ticket;
    }
    if (!Objects.equals(previousAssignee, ticket.assignee)) {
      record(ticket, caller, now, "assigned", "assignee", previousAssignee, ticket.assignee);
    }
    if (!Objects.equals(previousTeam, ticket.teamId)) {
      record(ticket, caller, now, "assigned", "team", previousTeam, ticket.teamId);
    }
    events.publish(
        new TicketAssigned(
            TicketEvents.summary(ticket), caller.userName(), previousAssignee, previousTeam));
    if (ticket.status == TicketStatus.NEW) {
      moveTo(
          ticket,
          TicketStatus.ASSIGNED,
          TicketStatusMachine.Kind.PROGRESS,
          "Assigned",
          caller,
          now);
    }
    em.flush();
    return ticket;
  }

  /**
   * Posts a public update or an internal work note. A requester's reply to a ticket waiting on them
   * puts it back in progress, so it does not sit unnoticed.
   */
  public TicketUpdate postUpdate(
      String idOrKey, Visibility visibility, String body, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    TicketAccess.requireRequesterOrStaff(caller, ticket, "post updates");
    if (visibility == Visibility.INTERNAL && !TicketAccess.canSeeInternal(caller)) {
      throw ProblemException.forbidden("Only IT staff may post internal work notes.");
    }
    requireNotFinished(ticket, "post updates on");
    if (visibility == Visibility.INTERNAL) {
      TicketAccess.requireNotIntegration(caller, "post internal work notes");
    }
    Instant now = clock.instant();
    TicketUpdate update = addUpdate(ticket, visibility, body, caller.userName(), false, now);
    if (!caller.staff() && ticket.status == TicketStatus.WAITING_ON_CUSTOMER) {
      moveTo(
          ticket,
          TicketStatus.IN_PROGRESS,
          TicketStatusMachine.Kind.PROGRESS,
          "The requester replied",
          caller,
          now);
    }
    return update;
  }

  /**
   * A page of the ticket's updates, oldest first. Internal notes are filtered in the query, so a
   * requester's pages are full and their cursors never point at a note.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TicketUpdate> updates(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = find(idOrKey, caller);
    StringBuilder where = new StringBuilder("ticketId = :ticket");
    Map<String, Object> params = new HashMap<>();
    params.put("ticket", ticket.id);
    if (!TicketAccess.canSeeInternal(caller)) {
      where.append(" and visibility = :visibility");
      params.put("visibility", Visibility.PUBLIC);
    }
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      where.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
      params.put("at", position.at());
      params.put("id", position.id());
    }
    List<TicketUpdate> rows =
        TicketUpdate.<TicketUpdate>find(where + " order by createdAt, id", params)
            .range(0, limit)
            .list();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  public TicketTask addTask(String idOrKey, String title, Caller caller) {
    TicketAccess.requireStaff(caller, "add tasks");
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    requireOpen(ticket, "add tasks to");
    Instant now = clock.instant();
    TicketTask task = new TicketTask();
    task.id = TimeOrderedUuids.next();
    task.ticketId = ticket.id;
    task.position = ticket.tasksTotal + 1;
    task.title = title.strip();
    task.createdAt = now;
    task.persist();
    ticket.tasksTotal++;
    ticket.updatedAt = now;
    record(ticket, caller, now, "task-added", "task", null, task.title);
    events.publish(
        new TicketTaskAdded(TicketEvents.summary(ticket), caller.userName(), task.id, task.title));
    return task;
  }

  /** One update of the ticket, as {@link #updates} would show it to this caller. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TicketUpdate update(String idOrKey, UUID updateId, Caller caller) {
    Ticket ticket = find(idOrKey, caller);
    TicketUpdate update = TicketUpdate.findById(updateId);
    if (update == null
        || !update.ticketId.equals(ticket.id)
        || (update.visibility == Visibility.INTERNAL && !TicketAccess.canSeeInternal(caller))) {
      throw ProblemException.notFound("Update", updateId.toString());
    }
    return update;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TicketTask task(String idOrKey, UUID taskId, Caller caller) {
    return taskOf(find(idOrKey, caller), taskId);
  }

  /** A page of the checklist, in its order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TicketTask> tasks(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = find(idOrKey, caller);
    int afterPosition = after == null ? 0 : (int) Cursor.decodeNumber(after);
    List<TicketTask> rows =
        TicketTask.<TicketTask>find(
                "ticketId = ?1 and position > ?2 order by position", ticket.id, afterPosition)
            .range(0, limit)
            .list();
    return Page.fromLookahead(rows, limit, last -> List.of(Integer.toString(last.position)));
  }

  /**
   * Completes a checklist task and tells the requester how far the work has come with an automatic
   * public update ("2 of 3 steps done: …").
   */
  public TicketTask completeTask(String idOrKey, UUID taskId, Caller caller) {
    TicketAccess.requireStaff(caller, "complete tasks");
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    requireOpen(ticket, "complete tasks of");
    TicketTask task = taskOf(ticket, taskId);
    if (task.isDone()) {
      throw ProblemException.conflict(
          "task-already-completed",
          "Task '" + task.title + "' was already completed at " + task.completedAt + ".",
          Map.of());
    }
    Instant now = clock.instant();
    task.completedAt = now;
    task.completedBy = caller.userName();
    ticket.tasksCompleted++;
    ticket.updatedAt = now;
    record(ticket, caller, now, "task-completed", "task", null, task.title);
    events.publish(
        new TicketTaskCompleted(
            TicketEvents.summary(ticket),
            caller.userName(),
            task.id,
            task.title,
            ticket.tasksCompleted,
            ticket.tasksTotal));
    addUpdate(
        ticket, Visibility.PUBLIC, ProgressMessage.of(ticket, task), caller.userName(), true, now);
    return task;
  }

  public Ticket addParticipant(
      String idOrKey, String userName, ParticipantLevel level, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    if (level == ParticipantLevel.WATCHER) {
      TicketAccess.requireRequesterOrStaff(caller, ticket, "add watchers");
    } else {
      TicketAccess.requireStaff(caller, "add stakeholders");
    }
    requireNotFinished(
        ticket, level == ParticipantLevel.WATCHER ? "add watchers to" : "add stakeholders to");
    Participant participant = new Participant(UserNames.normalise(userName), level);
    if (!ticket.participants.contains(participant)) {
      namedPeople.requireNameable("userName", participant.userName, level);
    }
    if (join(ticket, participant, caller, clock.instant())) {
      em.flush();
    }
    return ticket;
  }

  /** Adds a watcher or stakeholder, with its history line and event; false when already there. */
  private boolean join(Ticket ticket, Participant participant, Caller caller, Instant now) {
    if (!ticket.participants.add(participant)) {
      return false;
    }
    ticket.updatedAt = now;
    record(
        ticket,
        caller,
        now,
        "participant-added",
        participant.level.name().toLowerCase(),
        null,
        participant.userName);
    events.publish(
        new TicketStakeholderAdded(
            TicketEvents.summary(ticket),
            caller.userName(),
            participant.userName,
            participant.level.name()));
    return true;
  }

  /** A page of the audit timeline, oldest first; internal lines filtered in the query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<HistoryEntry> history(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = find(idOrKey, caller);
    long afterId = after == null ? 0 : Cursor.decodeNumber(after);
    String internal = TicketAccess.canSeeInternal(caller) ? "" : " and internal = false";
    List<HistoryEntry> rows =
        HistoryEntry.<HistoryEntry>find(
                "ticketId = ?1 and id > ?2" + internal + " order by id", ticket.id, afterId)
            .range(0, limit)
            .list();
    return Page.fromLookahead(rows, limit, last -> List.of(Long.toString(last.id)));
  }

  private TicketUpdate addUpdate(
      Ticket ticket,
      Visibility visibility,
      String body,
      String author,
      boolean automatic,
      Instant now) {
    TicketUpdate update = new TicketUpdate();
    update.id = TimeOrderedUuids.next();
    update.ticketId = ticket.id;
    update.visibility = visibility;
    update.body = body;
    update.author = author;
    update.automatic = automatic;
    update.createdAt = now;
    update.persist();
    ticket.updatedAt = now;
    HistoryEntry entry =
        HistoryEntry.of(
            ticket.id, now, author, "update-posted", "visibility", null, visibility.name());
    entry.internal = visibility == Visibility.INTERNAL;
    entry.persist();
    events.publish(
        new TicketUpdatePosted(
            TicketEvents.summary(ticket), author, update.id, visibility.name(), body, automatic));
    return update;
  }

  /** Loads for a change: locks the row and checks If-Match against the current version. */
  private Ticket forChange(String idOrKey, String ifMatch, Caller caller) {
    Ticket ticket = load(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    TicketAccess.requireVisible(caller, ticket, idOrKey);
    ETags.checkIfMatch(ifMatch, ticket.version);
    return ticket;
  }

  private Ticket load(String idOrKey, LockModeType lock) {
    boolean byKey = TICKET_KEY.matcher(idOrKey).matches();
    Object id = byKey ? idOrKey : parseId(idOrKey);
    Ticket ticket = null;
    if (id != null) {
      String where = byKey ? " where t.key = ?1" : " where t.id = ?1";
      // A read fetches watchers and stakeholders in the same query; PostgreSQL cannot lock the
      // outer side of a join, so a locked load reads them afterwards.
      String query =
          lock == LockModeType.NONE
              ? "from Ticket t left join fetch t.participants" + where
              : "from Ticket t" + where;
      ticket = Ticket.find(query, id).withLock(lock).<Ticket>singleResultOptional().orElse(null);
    }
    if (ticket == null) {
      throw ProblemException.notFound("Ticket", idOrKey);
    }
    return ticket;
  }

  private static TicketTask taskOf(Ticket ticket, UUID taskId) {
    TicketTask task = TicketTask.findById(taskId);
    if (task == null || !task.ticketId.equals(ticket.id)) {
      throw ProblemException.notFound("Task", taskId.toString());
    }
    return task;
  }

  private static UUID parseId(String idOrKey) {
    try {
      return UUID.fromString(idOrKey);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  private BusinessService existingService(UUID id) {
    BusinessService service = BusinessService.findById(id);
    if (service == null) {
      throw ProblemException.unprocessable(
          "unknown-business-service",
          "businessServiceId " + id + " is not in the catalogue (GET /api/v1/services lists it).");
    }
    return service;
  }

  /** Work (tasks, assignment) needs an open ticket: a RESOLVED one is reopened first. */
  private void requireOpen(Ticket ticket, String action) {
    if (!ticket.status.isOpen()) {
      throw notOpen(ticket, action);
    }
  }

  /** A CLOSED or CANCELLED ticket takes no more posts, participants or edits. */
  private void requireNotFinished(Ticket ticket, String action) {
    if (ticket.status.isFinished()) {
      throw notOpen(ticket, action);
    }
  }

  /** 409 saying what to do instead: reopen while the window lasts, else raise a new ticket. */
  private ProblemException notOpen(Ticket ticket, String action) {
    boolean reopenable = statusMachine.mayReopen(ticket, clock.instant());
    String instead =
        reopenable
            ? " Reopen it first (POST /api/v1/tickets/"
                + ticket.key
                + "/transitions with \"to\": \"IN_PROGRESS\")."
            : " Raise a new ticket instead (POST /api/v1/tickets); you may mention "
                + ticket.key
                + " in it.";
    return ProblemException.conflict(
        "ticket-not-open",
        "Ticket "
            + ticket.key
            + " is "
            + ticket.status
            + "; you cannot "
            + action
            + " it."
            + instead,
        Map.of("currentStatus", ticket.status.name(), "reopenable", reopenable));
  }

  private long nextKeyNumber() {
    return ((Number) em.createNativeQuery("select nextval('ticket_key_seq')").getSingleResult())
        .longValue();
  }

  private static void record(
      Ticket ticket,
      Caller caller,
      Instant at,
      String action,
      String field,
      String from,
      String to) {
    HistoryEntry.of(ticket.id, at, caller.userName(), action, field, from, to).persist();
  }

  private static void change(List<FieldChange> changes, String field, String from, String to) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, from, to));
    }
  }

  private static List<String> distinct(List<String> values) {
    if (values == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(values.stream().map(String::strip).distinct().toList());
  }

  /** userNames in their one stored form, each once, in the order given. */
  private static List<String> distinctUserNames(List<String> values) {
    if (values == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(values.stream().map(UserNames::normalise).distinct().toList());
  }
}
