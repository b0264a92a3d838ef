package dev.rapport.engagement.domain.alert;

import dev.rapport.engagement.config.AlertConfig;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A team's alert thresholds: its own once a lead of the team (or an admin) set them, else the
 * defaults of {@code rapport.engagement.alerts.*}. Versioned for If-Match.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AlertThresholds {

  /**
   * The thresholds of one team.
   *
   * @param cadenceMin alert below this update-cadence adherence, percent, over 7 days
   * @param csatMin alert below this CSAT average over 14 days
   * @param enpsDrop alert when a round's eNPS is this many points below the previous round's
   * @param version 0 while the defaults apply
   */
  public record Thresholds(
      String team, double cadenceMin, double csatMin, double enpsDrop, long version) {}

  private static final Pattern TEAM_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final AlertConfig config;
  private final TeamRoster roster;

  AlertThresholds(AlertConfig config, TeamRoster roster) {
    this.config = config;
    this.roster = roster;
  }

  /** The thresholds that apply to {@code team}. */
  @SuppressWarnings("unchecked")
  public Thresholds of(String team) {
    String key = TeamRoster.key(team);
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select cadence_min, csat_min, enps_drop, version from alert_thresholds"
                    + " where team_id = :team")
            .setParameter("team", key)
            .getResultList();
    if (rows.isEmpty()) {
      return new Thresholds(key, config.cadenceMin(), config.csatMin(), config.enpsDrop(), 0);
    }
    Object[] row = rows.get(0);
    return new Thresholds(
        key,
        ((Number) row[0]).doubleValue(),
        ((Number) row[1]).doubleValue(),
        ((Number) row[2]).doubleValue(),
        ((Number) row[3]).longValue());
  }

  /**
   * The thresholds of {@code team}, for a lead of it or an admin.
   *
   * @throws ProblemException 403 for anyone else
   */
  public Thresholds view(Caller caller, String team) {
    check(caller, team);
    return of(team);
  }

  /**
   * Sets the team's thresholds.
   *
   * @throws ProblemException 400 for a value out of range, 403 for neither a lead of the team nor
   *     an admin, 412 for a stale If-Match
   */
  @Transactional(TxType.MANDATORY)
  public Thresholds replace(
      Caller caller,
      String team,
      Double cadenceMin,
      Double csatMin,
      Double enpsDrop,
      String ifMatch) {
    check(caller, team);
    range("cadenceAdherenceMin", cadenceMin, 0, 100);
    range("csatMin", csatMin, 1, 5);
    range("enpsDrop", enpsDrop, 0, 200);
    Thresholds current = of(team);
    ETags.checkIfMatch(ifMatch, current.version());
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into alert_thresholds (team_id, cadence_min, csat_min, enps_drop, version)"
                + " values (:team, :cadence, :csat, :enps, :version) on conflict (team_id) do"
                + " update set cadence_min = excluded.cadence_min, csat_min = excluded.csat_min,"
                + " enps_drop = excluded.enps_drop, version = excluded.version")
        .setParameter("team", current.team())
        .setParameter("cadence", cadenceMin)
        .setParameter("csat", csatMin)
        .setParameter("enps", enpsDrop)
        .setParameter("version", current.version() + 1)
        .executeUpdate();
    return new Thresholds(current.team(), cadenceMin, csatMin, enpsDrop, current.version() + 1);
  }

  private void check(Caller caller, String team) {
    if (team == null || !TEAM_ID.matcher(team.strip()).matches()) {
      throw ProblemException.invalidParameter(
          "team", "must be a team id of 1 to 100 letters, digits, '.', '_' or '-'");
    }
    if (caller.admin()) {
      return;
    }
    if (!caller.lead() || !roster.leadsOf(TeamRoster.key(team)).contains(caller.userName())) {
      throw ProblemException.forbidden(
          "A team's alert thresholds are for the leads of the team and admins.");
    }
  }

  private static void range(String name, Double value, double min, double max) {
    if (value == null) {
      throw ProblemException.invalidParameter(name, "is required, from " + min + " to " + max);
    }
    if (value.isNaN() || value < min || value > max) {
      throw ProblemException.invalidParameter(
          name, "must be from " + min + " to " + max + "; got " + value);
    }
  }
}
