package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import io.quarkus.qute.TemplateData;

/**
 * What the message templates may show of an event, as {@code m}. Business templates use the phrases
 * ({@code statusPhrase}, {@code priorityPhrase}, {@code sentence}); IT templates the codes. An SLA
 * warning or breach shows its clock, target and due time as {@code sla} (null for other events).
 */
@TemplateData
public record MessageView(
    String eventType,
    String key,
    String type,
    String title,
    boolean yours,
    String statusPhrase,
    String priorityPhrase,
    String sentence,
    String team,
    String teamId,
    String service,
    String text,
    String reason,
    String actor,
    String actorName,
    String assignee,
    String previousAssignee,
    String requester,
    String priority,
    String status,
    String impact,
    String urgency,
    String from,
    int completed,
    int total,
    String taskTitle,
    SlaNotice sla) {

  MessageView withPhrases(String statusPhrase, String priorityPhrase) {
    return withWording(statusPhrase, priorityPhrase, sentence);
  }

  MessageView withSentence(String sentence) {
    return withWording(statusPhrase, priorityPhrase, sentence);
  }

  private MessageView withWording(String statusPhrase, String priorityPhrase, String sentence) {
    return new MessageView(
        eventType,
        key,
        type,
        title,
        yours,
        statusPhrase,
        priorityPhrase,
        sentence,
        team,
        teamId,
        service,
        text,
        reason,
        actor,
        actorName,
        assignee,
        previousAssignee,
        requester,
        priority,
        status,
        impact,
        urgency,
        from,
        completed,
        total,
        taskTitle,
        sla);
  }

  /**
   * The view of {@code payload} about {@code t}.
   *
   * @param yours whether the reader raised the ticket
   * @param sla the SLA warning or breach it announces, or null
   */
  static MessageView of(
      EventPayload payload,
      TicketSummary t,
      boolean yours,
      String teamName,
      String actorName,
      SlaNotice sla) {
    String text = null;
    String reason = null;
    String actor = null;
    String from = null;
    String previousAssignee = null;
    String taskTitle = null;
    int completed = t.progress().completed();
    int total = t.progress().total();
    if (payload instanceof TicketOpened o) {
      actor = o.actor();
      text = o.description();
    } else if (payload instanceof TicketUpdatePosted u) {
      actor = u.actor();
      text = u.body();
    } else if (payload instanceof TicketTaskCompleted c) {
      actor = c.actor();
      taskTitle = c.title();
      completed = c.completed();
      total = c.total();
    } else if (payload instanceof TicketStatusChanged s) {
      actor = s.actor();
      reason = s.reason();
      from = s.from();
    } else if (payload instanceof TicketResolved r) {
      actor = r.actor();
      text = r.resolution();
    } else if (payload instanceof TicketReopened r) {
      actor = r.actor();
      reason = r.reason();
    } else if (payload instanceof TicketClosed c) {
      actor = c.actor();
      reason = c.reason();
    } else if (payload instanceof TicketCancelled c) {
      actor = c.actor();
      reason = c.reason();
    } else if (payload instanceof TicketAssigned a) {
      actor = a.actor();
      previousAssignee = a.previousAssignee();
    } else if (payload instanceof TicketSlaWarning w) {
      actor = w.actor();
    } else if (payload instanceof TicketSlaBreached b) {
      actor = b.actor();
    }
    return new MessageView(
        payload.eventType(),
        t.key(),
        t.type(),
        t.title(),
        yours,
        null,
        null,
        null,
        teamName,
        t.teamId(),
        t.businessServiceName(),
        blankToNull(text),
        blankToNull(reason),
        actor == null ? "Rapport" : actor,
        actorName == null ? (actor == null ? "Rapport" : actor) : actorName,
        t.assignee(),
        previousAssignee,
        t.requester(),
        t.priority(),
        t.status(),
        t.impact(),
        t.urgency(),
        from,
        completed,
        total,
        blankToNull(taskTitle),
        sla);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
