package dev.rapport.skills.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Demand for skills seen in tickets (rapport.tickets.v1): how many tickets opened in a window
 * required each skill, and how many of those were unmet (nobody available held the skill when the
 * ticket was opened).
 */
@ApplicationScoped
public class TicketDemand {

  /**
   * Demand for one skill.
   *
   * @param tickets tickets opened since the start of the window that require the skill
   * @param unmet of those, the ones opened when nobody available held the skill
   */
  public record Demand(int tickets, int unmet) {
    public static final Demand NONE = new Demand(0, 0);
  }

  /**
   * Demand per catalogue skill for tickets opened at or after {@code since}; skills without demand
   * are absent.
   *
   * @param teamId only tickets routed to this team (the ticket's teamId), or every ticket when
   *     empty
   */
  public Map<UUID, Demand> bySkill(Optional<String> teamId, Instant since) {
    return Map.of(); // implemented with the ticket consumer
  }
}
