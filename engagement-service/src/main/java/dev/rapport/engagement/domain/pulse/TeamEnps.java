package dev.rapport.engagement.domain.pulse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A team's eNPS per pulse round, for the alerts: only rounds with at least {@code
 * rapport.engagement.pulse.min-group} answers (read by {@link PulseRoundFigures}, as the results
 * endpoint and the {@code enps} metric), so that no figure reaches an alert that the results would
 * hide.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TeamEnps {

  /**
   * One round's eNPS.
   *
   * @param closesAt when the round closed (or closes): the instant a series places it at
   */
  public record RoundEnps(UUID pulse, int round, Instant opensAt, Instant closesAt, Enps enps) {}

  private final PulseRoundFigures rounds;

  TeamEnps(PulseRoundFigures rounds) {
    this.rounds = rounds;
  }

  /** The team's rounds that opened in [from, to), earliest first, with their eNPS. */
  public List<RoundEnps> of(String teamId, Instant from, Instant to) {
    return rounds.opened(teamId, from, to).stream()
        .map(r -> new RoundEnps(r.pulse(), r.round(), r.opensAt(), r.closesAt(), r.enps()))
        .toList();
  }

  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }
}
