package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * The spans behind update-cadence adherence and the backlog, per ticket. A ticket is <em>running
 * </em> while open and not paused (NEW, ASSIGNED, IN_PROGRESS) and <em>late</em> while running past
 * its update promise: from the UPDATE clock's due instant (or the resume, when it was paused
 * breached) until IT's next public update. When a span ends (a pause, a resolution, a cancellation;
 * an update ends a late span) it becomes a RUNNING_SPAN or LATE_SPAN fact of its seconds, dated at
 * its end. Leaving the open statuses is BACKLOG_OUT, coming back BACKLOG_IN.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class CadenceSpans {

  /** The ticket moved to {@code status} at {@code at} (or stayed in it). */
  void follow(TicketFacts.Facts f, TicketState state, String status, Instant at) {
    if (status == null || status.equals(state.status)) {
      return;
    }
    boolean wasRunning = TicketState.RUNNING.contains(state.status);
    boolean running = TicketState.RUNNING.contains(status);
    if (wasRunning && !running) {
      end(f, state, at);
    } else if (!wasRunning && running) {
      state.runningSince = at;
      state.lateSince = state.updateBreached ? at : null;
    }
    boolean open = !TicketState.DONE.contains(status);
    if (state.inBacklog && !open) {
      f.add(FactKind.BACKLOG_OUT, null, at, state.createdAt.getEpochSecond());
      state.inBacklog = false;
    } else if (!state.inBacklog && open) {
      f.add(FactKind.BACKLOG_IN, null, at, state.createdAt.getEpochSecond());
      state.inBacklog = true;
    }
    state.status = status;
  }

  /** The UPDATE clock breached, due at {@code due}: the requester waits past the promise. */
  void promiseBroken(TicketState state, Instant due) {
    state.updateBreached = true;
    if (state.runningSince != null && state.lateSince == null) {
      state.lateSince = due.isAfter(state.runningSince) ? due : state.runningSince;
    }
  }

  /** IT posted a public update at {@code at}: a new update cycle starts, within the promise. */
  void promiseKept(TicketFacts.Facts f, TicketState state, Instant at) {
    if (state.lateSince != null) {
      f.add(FactKind.LATE_SPAN, null, at, TicketFacts.seconds(state.lateSince, at));
    }
    state.lateSince = null;
    state.updateBreached = false;
  }

  private static void end(TicketFacts.Facts f, TicketState state, Instant at) {
    if (state.runningSince != null) {
      f.add(FactKind.RUNNING_SPAN, null, at, TicketFacts.seconds(state.runningSince, at));
    }
    if (state.lateSince != null) {
      f.add(FactKind.LATE_SPAN, null, at, TicketFacts.seconds(state.lateSince, at));
    }
    state.runningSince = null;
    state.lateSince = null;
  }
}
