package dev.rapport.ticket.domain.sla;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Writes a new ticket's SLA rows in one statement: its facts, its status span(s), any UPDATE reset
 * and, when a policy applies, its state. Opening is on every create's path, and one round trip
 * instead of three keeps what SLA tracking adds to a create small (bench/sla.sh, part 3). Each
 * insert but the last is a data-modifying {@code WITH} clause of the last.
 */
final class OpeningRows {
  private OpeningRows() {}

  static void insert(
      EntityManager em,
      SlaFactsRow facts,
      List<StatusSpanRow> spans,
      List<UpdateReset> resets,
      SlaState state) {
    List<String> inserts = new ArrayList<>(4);
    inserts.add(
        "insert into ticket_sla_facts (ticket_id, opened_at, first_response_at, first_assigned_at)"
            + " values (:ticket, :openedAt, :firstResponseAt, :firstAssignedAt)");
    inserts.add(
        "insert into ticket_status_spans (id, ticket_id, status, from_at, to_at, reason) values "
            + values(
                spans.size(), "(:span%1$d, :ticket, :status%1$d, :from%1$d, :to%1$d, :why%1$d)"));
    if (!resets.isEmpty()) {
      inserts.add(
          "insert into ticket_update_resets (id, ticket_id, at) values "
              + values(resets.size(), "(:reset%1$d, :ticket, :resetAt%1$d)"));
    }
    if (state != null) {
      inserts.add(
          "insert into ticket_sla (ticket_id, policy_id, policy_name, response_state,"
              + " resolution_state, update_state, response_due, resolution_due, next_update_due,"
              + " update_cycle, next_due, at_risk, breached, next_check_at, evaluated_at) values"
              + " (:ticket, :policy, :policyName, :responseState, :resolutionState, :updateState,"
              + " :responseDue, :resolutionDue, :nextUpdateDue, :cycle, :nextDue, :atRisk,"
              + " :breached, :nextCheckAt, :evaluatedAt)");
    }
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < inserts.size() - 1; i++) {
      sql.append(i == 0 ? "with " : ", ").append("r").append(i).append(" as (");
      sql.append(inserts.get(i)).append(")\n");
    }
    sql.append(inserts.get(inserts.size() - 1));

    @SuppressWarnings("unchecked")
    NativeQuery<Object> query = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
    query.setParameter("ticket", facts.ticketId, UUID.class);
    query.setParameter("openedAt", facts.openedAt, Instant.class);
    query.setParameter("firstResponseAt", facts.firstResponseAt, Instant.class);
    query.setParameter("firstAssignedAt", facts.firstAssignedAt, Instant.class);
    for (int i = 0; i < spans.size(); i++) {
      StatusSpanRow span = spans.get(i);
      query.setParameter("span" + i, span.id, UUID.class);
      query.setParameter("status" + i, span.status.name(), String.class);
      query.setParameter("from" + i, span.fromAt, Instant.class);
      query.setParameter("to" + i, span.toAt, Instant.class);
      query.setParameter("why" + i, span.reason, String.class);
    }
    for (int i = 0; i < resets.size(); i++) {
      query.setParameter("reset" + i, resets.get(i).id, UUID.class);
      query.setParameter("resetAt" + i, resets.get(i).at, Instant.class);
    }
    if (state != null) {
      query.setParameter("policy", state.policyId, UUID.class);
      query.setParameter("policyName", state.policyName, String.class);
      query.setParameter("responseState", state.responseState.name(), String.class);
      query.setParameter("resolutionState", state.resolutionState.name(), String.class);
      query.setParameter("updateState", state.updateState.name(), String.class);
      query.setParameter("responseDue", state.responseDue, Instant.class);
      query.setParameter("resolutionDue", state.resolutionDue, Instant.class);
      query.setParameter("nextUpdateDue", state.nextUpdateDue, Instant.class);
      query.setParameter("cycle", state.updateCycle, Integer.class);
      query.setParameter("nextDue", state.nextDue, Instant.class);
      query.setParameter("atRisk", state.atRisk, Boolean.class);
      query.setParameter("breached", state.breached, Boolean.class);
      query.setParameter("nextCheckAt", state.nextCheckAt, Instant.class);
      query.setParameter("evaluatedAt", state.evaluatedAt, Instant.class);
    }
    query.executeUpdate();
  }

  private static String values(int rows, String row) {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      values.append(i == 0 ? "" : ", ").append(String.format(row, i));
    }
    return values.toString();
  }
}
