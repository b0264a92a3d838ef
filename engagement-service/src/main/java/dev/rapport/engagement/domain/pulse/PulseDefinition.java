package dev.rapport.engagement.domain.pulse;

import java.time.Instant;
import java.util.List;

/**
 * What a lead asks for when scheduling a pulse survey, as the request gave it (shape and sizes
 * already checked); {@link PulseSurveys} checks the rest against the roster and the clock.
 *
 * @param teamId the team surveyed, by the id tickets carry as teamId
 * @param opensAt when round 1 opens
 * @param closesAt when round 1 closes; every round is open as long
 * @param statements the 1-5 statements after the eNPS question, at most five
 */
public record PulseDefinition(
    String teamId,
    String title,
    Instant opensAt,
    Instant closesAt,
    Recurrence recurrence,
    List<String> statements) {

  public PulseDefinition {
    statements = statements == null ? List.of() : statements.stream().map(String::strip).toList();
    title = title == null ? null : title.strip();
  }
}
