package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.config.PulseConfig;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.support.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Opens the rounds of pulse surveys when they are due: each active member of the team (by the
 * roster, at that moment) gets an invitation row and a {@code rapport.pulse.invited.v1} through the
 * outbox, which notification-service sends. Surveys are taken {@code for update skip locked}, so
 * that replicas never open one round twice. A round whose window passed while the service was down
 * is skipped, not opened late.
 */
@ApplicationScoped
public class PulseRounds {
  private static final int BATCH = 50;

  private final Clock clock;
  private final TeamRoster roster;
  private final Outbox outbox;
  private final PulseConfig config;

  PulseRounds(Clock clock, TeamRoster roster, Outbox outbox, PulseConfig config) {
    this.clock = clock;
    this.roster = roster;
    this.outbox = outbox;
    this.config = config;
  }

  @Scheduled(
      identity = "pulse-rounds",
      every = "{rapport.engagement.pulse.check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void scheduled() {
    openDue();
  }

  /** Opens every round due now (up to a batch); answers how many rounds opened. */
  @Transactional(TxType.MANDATORY)
  public int openDue() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<UUID> due =
        Panache.getEntityManager()
            .createNativeQuery(
                "select id from pulse_surveys where next_opens_at <= :now"
                    + " order by next_opens_at, id limit :batch for update skip locked",
                UUID.class)
            .setParameter("now", now)
            .setParameter("batch", BATCH)
            .getResultList();
    int opened = 0;
    for (UUID id : due) {
      PulseSurvey survey = PulseSurvey.findById(id);
      while (survey.nextOpensAt != null && !survey.nextOpensAt.isAfter(now)) {
        int round = survey.nextRound;
        if (survey.closesAt(round).isAfter(now)) {
          open(survey, round);
          opened++;
        }
        survey.scheduleRound(round + 1);
      }
    }
    return opened;
  }

  private void open(PulseSurvey survey, int round) {
    Instant closesAt = survey.closesAt(round);
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into pulse_rounds (pulse_id, round, opens_at, closes_at)"
                + " values (:pulse, :round, :opensAt, :closesAt)")
        .setParameter("pulse", survey.id)
        .setParameter("round", round)
        .setParameter("opensAt", survey.opensAt(round))
        .setParameter("closesAt", closesAt)
        .executeUpdate();
    String answerUrl = config.portalUrl() + "/pulse-surveys/" + survey.id;
    for (String member : roster.membersOf(survey.teamId)) {
      Panache.getEntityManager()
          .createNativeQuery(
              "insert into pulse_invitations (pulse_id, round, person, answered)"
                  + " values (:pulse, :round, :person, false)")
          .setParameter("pulse", survey.id)
          .setParameter("round", round)
          .setParameter("person", member)
          .executeUpdate();
      outbox.publish(
          Topics.ENGAGEMENT,
          new PulseInvited(
              survey.id, round, survey.teamId, member, survey.title, closesAt, answerUrl));
    }
  }
}
