package dev.rapport.skills.api;

import dev.rapport.local.testing.TestCallers;
import dev.rapport.skills.HandBuilt;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Calls the skills API as a given person with given roles; writes tickets for demand and load. */
final class SkillsApi {
  private SkillsApi() {}

  static RequestSpecification as(String userName, String... roles) {
    return TestCallers.as(userName, roles)
        .contentType(ContentType.JSON)
        // JSON bodies and problem+json errors: an operation without a JSON body (a DELETE) answers
        // only the latter, and the contract check refuses an Accept none of its answers can meet.
        .accept("application/json, application/problem+json");
  }

  static RequestSpecification admin() {
    return as("root@example.com", "admin");
  }

  /** A userName no other test uses. */
  static String userName(String prefix) {
    return TestCallers.userName(prefix);
  }

  /**
   * A ticket opened {@code daysAgo} days ago, routed to {@code teamId}, requiring {@code skill};
   * {@code unmet} when nobody available held it. Answers the ticket id.
   */
  static UUID ticketNeeding(UUID skill, String teamId, boolean unmet, int daysAgo) {
    UUID id = UUID.randomUUID();
    Timestamp opened = Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo)));
    HandBuilt.update(
        "insert into tickets (id, ticket_key, status, priority, team_id, opened_at, updated_at)"
            + " values (?, ?, 'NEW', 'P3', ?, ?, ?)",
        id,
        "T-" + id.toString().substring(0, 6),
        teamId,
        opened,
        opened);
    HandBuilt.update(
        "insert into ticket_skills (ticket_id, skill_ref, skill_id, unmet) values (?, ?, ?, ?)",
        id,
        skill.toString(),
        skill,
        unmet);
    return id;
  }

  /** An open ticket assigned to {@code assignee}. */
  static void openTicketFor(String assignee) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    HandBuilt.update(
        "insert into tickets (id, ticket_key, status, priority, assignee, opened_at, updated_at)"
            + " values (?, ?, 'IN_PROGRESS', 'P3', ?, ?, ?)",
        id,
        "T-" + id.toString().substring(0, 6),
        assignee,
        now,
        now);
  }

  /** {@code person} resolved a ticket needing {@code skill} {@code daysAgo} days ago. */
  static void resolved(UUID person, UUID skill, int daysAgo) {
    UUID id = UUID.randomUUID();
    Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo)));
    HandBuilt.update(
        "insert into tickets (id, ticket_key, status, priority, opened_at, resolved_at,"
            + " updated_at) values (?, ?, 'RESOLVED', 'P3', ?, ?, ?)",
        id,
        "T-" + id.toString().substring(0, 6),
        at,
        at,
        at);
    HandBuilt.update(
        "insert into skill_evidence (ticket_id, person_id, skill_id, resolved_at)"
            + " values (?, ?, ?, ?)",
        id,
        person,
        skill,
        at);
  }
}
