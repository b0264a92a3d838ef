package dev.rapport.ticket.domain;

/** The automatic public update a requester receives when a checklist task is done. */
public final class ProgressMessage {
  private ProgressMessage() {}

  public static String of(Ticket ticket, TicketTask completed) {
    if (ticket.tasksCompleted == ticket.tasksTotal) {
      return "All "
          + ticket.tasksTotal
          + " steps done: "
          + completed.title
          + ". We will confirm once everything is checked and the ticket is resolved.";
    }
    return ticket.tasksCompleted
        + " of "
        + ticket.tasksTotal
        + " steps done: "
        + completed.title
        + ".";
  }
}
