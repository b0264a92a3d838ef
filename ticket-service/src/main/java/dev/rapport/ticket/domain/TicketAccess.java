package dev.rapport.ticket.domain;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;

/**
 * Who may see and do what on a ticket. IT staff see every ticket; anyone else sees only tickets
 * they raised, watch or are a stakeholder of, and never internal work notes. A ticket someone may
 * not see is answered as not found, so its existence does not leak.
 */
public final class TicketAccess {
  private TicketAccess() {}

  public static boolean canSee(Caller caller, Ticket ticket) {
    return caller.staff() || ticket.involves(caller.userName());
  }

  public static void requireVisible(Caller caller, Ticket ticket, String idOrKey) {
    if (!canSee(caller, ticket)) {
      throw ProblemException.notFound("Ticket", idOrKey);
    }
  }

  public static boolean canSeeInternal(Caller caller) {
    return caller.staff();
  }

  /** Only the requester and IT may act on a ticket; watchers and stakeholders only follow it. */
  public static void requireRequesterOrStaff(Caller caller, Ticket ticket, String action) {
    if (!mayAct(caller, ticket)) {
      throw ProblemException.forbidden("Only the requester or IT staff may " + action + ".");
    }
  }

  private static boolean mayAct(Caller caller, Ticket ticket) {
    return caller.staff() || ticket.requester.equals(caller.userName());
  }

  /**
   * Moving a ticket and writing internal notes are the work of people (the requester or IT), not of
   * an integration: a bot or an HR feed must not close or cancel anyone's ticket.
   */
  public static void requireNotIntegration(Caller caller, String action) {
    if (caller.integration()) {
      throw ProblemException.forbidden(
          "An integration may not "
              + action
              + "; IT staff or the requester may (see docs/security.md).");
    }
  }

  /**
   * Whether the caller may move this ticket at all, the rule {@link #requireMayMove} enforces; a
   * ticket offers no moves to a caller for whom this is false.
   */
  public static boolean mayMove(Caller caller, Ticket ticket) {
    return !caller.integration() && mayAct(caller, ticket);
  }

  /** {@link #mayMove} or a 403 saying who may. */
  public static void requireMayMove(Caller caller, Ticket ticket) {
    requireNotIntegration(caller, "change a ticket's status");
    requireRequesterOrStaff(caller, ticket, "change a ticket's status");
  }

  public static void requireStaff(Caller caller, String action) {
    if (!caller.staff()) {
      throw ProblemException.forbidden("Only IT staff may " + action + ".");
    }
  }
}
