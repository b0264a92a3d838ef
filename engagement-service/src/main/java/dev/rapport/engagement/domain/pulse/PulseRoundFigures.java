package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.config.PulseConfig;
import dev.rapport.engagement.domain.TeamRoster;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The figures of pulse rounds, read in one place, and only of rounds with at least {@code
 * rapport.engagement.pulse.min-group} answers (as the results endpoint): the database counts the
 * answers and sums them, so that no single answer leaves it and no round below the bar reaches a
 * report, a series or an alert.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PulseRoundFigures {
  private static final String SELECT =
      "select r.pulse_id, r.round, r.opens_at, r.closes_at,"
          + " count(*) filter (where a.enps >= 9), count(*) filter (where a.enps between 7 and 8),"
          + " count(*) filter (where a.enps <= 6), coalesce(sum(sc.total), 0),"
          + " coalesce(sum(sc.scores), 0), count(*) filter (where sc.scores > 0)"
          + " from pulse_rounds r join pulse_surveys s on s.id = r.pulse_id"
          + " join pulse_answers a on a.pulse_id = r.pulse_id and a.round = r.round"
          + " cross join lateral (select sum(x) as total, count(x) as scores"
          + " from unnest(a.scores) x) sc where ";

  private static final String GROUP =
      " group by r.pulse_id, r.round, r.opens_at, r.closes_at having count(*) >= :bar";

  private final PulseConfig config;

  PulseRoundFigures(PulseConfig config) {
    this.config = config;
  }

  /** The team's rounds above the bar that opened in [from, to), earliest first. */
  public List<RoundFigures> opened(String teamId, Instant from, Instant to) {
    return rounds("r.opens_at", teamId, from, to);
  }

  /**
   * The rounds above the bar that closed in [from, to), earliest first: the team's, or every team's
   * when {@code teamId} is null.
   */
  public List<RoundFigures> closed(String teamId, Instant from, Instant to) {
    return rounds("r.closes_at", teamId, from, to);
  }

  @SuppressWarnings("unchecked")
  private List<RoundFigures> rounds(String instant, String teamId, Instant from, Instant to) {
    String where =
        (teamId == null ? "" : "s.team_id = :team and ")
            + instant
            + " >= :from and "
            + instant
            + " < :to";
    Query query =
        Panache.getEntityManager()
            .createNativeQuery(
                SELECT + where + GROUP + " order by " + instant + ", r.pulse_id, r.round")
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("bar", config.minGroup());
    if (teamId != null) {
      query.setParameter("team", TeamRoster.key(teamId));
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(PulseRoundFigures::round).toList();
  }

  private static RoundFigures round(Object[] row) {
    return new RoundFigures(
        (UUID) row[0],
        ((Number) row[1]).intValue(),
        TeamEnps.instant(row[2]),
        TeamEnps.instant(row[3]),
        Enps.of(
            ((Number) row[4]).intValue(),
            ((Number) row[5]).intValue(),
            ((Number) row[6]).intValue()),
        ((Number) row[7]).longValue(),
        ((Number) row[8]).longValue(),
        ((Number) row[9]).intValue());
  }
}
