package dev.rapport.ticket.domain;

import dev.rapport.events.ticket.TicketTaskAdded;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket's task checklist: IT adds and completes tasks on an open ticket; each completion tells
 * the requester how far the work has come ({@link ProgressMessage}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketChecklist {
  private final Tickets tickets;
  private final TicketStatusMachine statusMachine;
  private final TicketConversation conversation;
  private final TicketJournal journal;
  private final Clock clock;

  TicketChecklist(
      Tickets tickets,
      TicketStatusMachine statusMachine,
      TicketConversation conversation,
      TicketJournal journal,
      Clock clock) {
    this.tickets = tickets;
    this.statusMachine = statusMachine;
    this.conversation = conversation;
    this.journal = journal;
    this.clock = clock;
  }

  public TicketTask add(String idOrKey, String title, Caller caller) {
    TicketAccess.requireStaff(caller, "add tasks");
    Ticket ticket = tickets.lock(idOrKey, caller);
    Instant now = clock.instant();
    statusMachine.requireOpen(ticket, "add tasks to", now);
    TicketTask task = new TicketTask();
    task.id = TimeOrderedUuids.next();
    task.ticketId = ticket.id;
    task.position = ticket.tasksTotal + 1;
    task.title = title.strip();
    task.createdAt = now;
    task.persist();
    ticket.tasksTotal++;
    journal.record(
        ticket,
        caller,
        now,
        HistoryLine.of("task-added", "task", null, task.title),
        (summary, actor) -> new TicketTaskAdded(summary, actor, task.id, task.title));
    return task;
  }

  @Transactional(TxType.SUPPORTS)
  public TicketTask get(String idOrKey, UUID taskId, Caller caller) {
    return taskOf(tickets.find(idOrKey, caller), taskId);
  }

  /** A page of the checklist, in its order. */
  @Transactional(TxType.SUPPORTS)
  public Page<TicketTask> page(String idOrKey, String after, int limit, Caller caller) {
    Ticket ticket = tickets.find(idOrKey, caller);
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
  public TicketTask complete(String idOrKey, UUID taskId, Caller caller) {
    TicketAccess.requireStaff(caller, "complete tasks");
    Ticket ticket = tickets.lock(idOrKey, caller);
    Instant now = clock.instant();
    statusMachine.requireOpen(ticket, "complete tasks of", now);
    TicketTask task = taskOf(ticket, taskId);
    if (task.isDone()) {
      throw ProblemException.conflict(
          "task-already-completed",
          "Task '" + task.title + "' was already completed at " + task.completedAt + ".",
          Map.of());
    }
    task.completedAt = now;
    task.completedBy = caller.userName();
    ticket.tasksCompleted++;
    journal.record(
        ticket,
        caller,
        now,
        HistoryLine.of("task-completed", "task", null, task.title),
        (summary, actor) ->
            new TicketTaskCompleted(
                summary, actor, task.id, task.title, ticket.tasksCompleted, ticket.tasksTotal));
    conversation.add(
        ticket, Visibility.PUBLIC, ProgressMessage.of(ticket, task), caller, true, now);
    return task;
  }

  private static TicketTask taskOf(Ticket ticket, UUID taskId) {
    TicketTask task = TicketTask.findById(taskId);
    if (task == null || !task.ticketId.equals(ticket.id)) {
      throw ProblemException.notFound("Task", taskId.toString());
    }
    return task;
  }
}
