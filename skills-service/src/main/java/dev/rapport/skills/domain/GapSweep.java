package dev.rapport.skills.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Recomputes gaps outside a request (intervals and their defaults: {@code config.GapsConfig}).
 * Every {@code rapport.skills.gaps.refresh-delay} (2 s) the skills whose ticket demand changed
 * ({@link GapMonitor#refreshSkillsSoon}) are recomputed, once however many tickets moved them. And
 * demand is counted over a sliding window, so a gap's severity can fall with no change to trigger
 * {@link GapMonitor}. Every {@code rapport.skills.gaps.sweep-interval} each team with requirements
 * or an open gap is recomputed, one transaction per team; the team lock in GapMonitor keeps
 * replicas sweeping at once from announcing anything twice.
 */
@ApplicationScoped
public class GapSweep {
  private static final Logger LOG = Logger.getLogger(GapSweep.class);

  private final EntityManager em;
  private final GapMonitor monitor;

  GapSweep(EntityManager em, GapMonitor monitor) {
    this.em = em;
    this.monitor = monitor;
  }

  @Scheduled(
      identity = "gap-sweep",
      every = "{rapport.skills.gaps.sweep-interval}",
      delayed = "{rapport.skills.gaps.sweep-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void sweep() {
    List<UUID> teams = QuarkusTransaction.requiringNew().call(this::teamsToSweep);
    for (UUID team : teams) {
      try {
        QuarkusTransaction.requiringNew().run(() -> monitor.refreshTeams(Set.of(team)));
      } catch (RuntimeException e) {
        LOG.warnf(e, "Gap sweep of team %s failed; the next sweep retries", team);
      }
    }
  }

  @Scheduled(
      identity = "gap-refresh-requests",
      every = "{rapport.skills.gaps.refresh-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refreshRequested() {
    try {
      QuarkusTransaction.requiringNew().call(monitor::refreshRequestedSkills);
    } catch (RuntimeException e) {
      LOG.warnf(e, "Recomputing gaps for changed demand failed; the next round retries");
    }
  }

  @SuppressWarnings("unchecked")
  private List<UUID> teamsToSweep() {
    return em.createNativeQuery(
            "select team_id from team_requirements union select team_id from skill_gap_states")
        .getResultList();
  }
}
