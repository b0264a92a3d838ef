package dev.rapport.notification.domain;

import dev.rapport.events.engagement.SurveyCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A survey was withdrawn before it was answered (rapport.survey.cancelled.v1: its ticket reopened):
 * its messages that have not gone out (held by quiet hours, waiting for a retry) are never sent,
 * and its inbox item leaves the inbox; all become WITHDRAWN, with the reason. An e-mail or chat
 * message already sent cannot be taken back; its links stop working (engagement-service refuses
 * them). No new message is sent.
 */
@ApplicationScoped
public class SurveyWithdrawal {
  private static final Logger LOG = Logger.getLogger(SurveyWithdrawal.class);

  private final Clock clock;

  SurveyWithdrawal(Clock clock) {
    this.clock = clock;
  }

  /** Withdraws the messages of {@code cancelled}'s survey; answers how many were. */
  @Transactional(TxType.MANDATORY)
  public int withdraw(SurveyCancelled cancelled) {
    if (cancelled.survey() == null) {
      throw new IllegalArgumentException("a survey cancellation names no survey");
    }
    Instant now = clock.instant();
    String why =
        "survey withdrawn"
            + (cancelled.reason() == null || cancelled.reason().isBlank()
                ? ""
                : ": " + cancelled.reason().strip());
    // A message a sender holds right now (claimed) is left to it: it may be on its way already.
    int withdrawn =
        Delivery.update(
            "status = ?1, lastError = ?2, nextAttemptAt = null where surveyId = ?3"
                + " and (status in ?4 or (status = ?5 and channel = ?6))"
                + " and (claimedUntil is null or claimedUntil < ?7)",
            DeliveryStatus.WITHDRAWN,
            why,
            cancelled.survey(),
            List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.DIGEST),
            DeliveryStatus.SENT,
            Channel.IN_APP,
            now);
    LOG.debugf("Survey %s withdrawn: %d message(s) taken back", cancelled.survey(), withdrawn);
    return withdrawn;
  }
}
