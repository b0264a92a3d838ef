package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.config.PulseConfig;
import dev.rapport.engagement.domain.TeamRoster;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A team's eNPS per pulse round, for the metrics and the chain report: only rounds with at least
 * {@code rapport.engagement.pulse.min-group} answers (as the results endpoint), so that no figure
 * reaches a report that the results would hide.
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

  private final PulseConfig config;

  TeamEnps(PulseConfig config) {
    this.config = config;
  }

  /** The team's rounds that opened in [from, to), earliest first, with their eNPS. */
  @SuppressWarnings("unchecked")
  public List<RoundEnps> of(String teamId, Instant from, Instant to) {
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select r.pulse_id, r.round, r.opens_at, r.closes_at,"
                    + " array_to_string(array_agg(a.enps), ',')"
                    + " from pulse_rounds r join pulse_surveys s on s.id = r.pulse_id"
                    + " join pulse_answers a on a.pulse_id = r.pulse_id and a.round = r.round"
                    + " where s.team_id = :team and r.opens_at >= :from and r.opens_at < :to"
                    + " group by r.pulse_id, r.round, r.opens_at, r.closes_at"
                    + " having count(*) >= :bar order by r.opens_at, r.pulse_id, r.round")
            .setParameter("team", TeamRoster.key(teamId))
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("bar", config.minGroup())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new RoundEnps(
                    (UUID) row[0],
                    ((Number) row[1]).intValue(),
                    instant(row[2]),
                    instant(row[3]),
                    Enps.of(
                        Arrays.stream(((String) row[4]).split(","))
                            .map(Integer::valueOf)
                            .toList())))
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
