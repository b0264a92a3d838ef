package dev.rapport.notification.domain;

import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * An admin sends a delivery that gave up (DEAD) or is waiting for a retry (FAILED) again, now: it
 * becomes PENDING with its tries counted from zero. Any other status is a 409: a SENT message is
 * not sent twice, a PENDING one is on its way, and one being sent right now (claimed) would go out
 * twice.
 */
@ApplicationScoped
public class DeliveryReplay {
  private final Clock clock;

  DeliveryReplay(Clock clock) {
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Delivery replay(UUID id, String ifMatch) {
    Delivery delivery = Delivery.findById(id);
    if (delivery == null) {
      throw ProblemException.notFound("Delivery", id.toString());
    }
    ETags.checkIfMatch(ifMatch, delivery.version);
    // deliveryStatus, not status: a problem's status member is the HTTP status, and an extension of
    // that name was silently dropped.
    if (delivery.status != DeliveryStatus.DEAD && delivery.status != DeliveryStatus.FAILED) {
      throw ProblemException.conflict(
          "not-replayable",
          "Only DEAD or FAILED deliveries can be replayed; this one is " + delivery.status,
          Map.of("deliveryStatus", delivery.status.name()));
    }
    if (delivery.claimedUntil != null && delivery.claimedUntil.isAfter(clock.instant())) {
      throw ProblemException.conflict(
          "delivery-in-flight",
          "This delivery is being sent right now (claimed until "
              + delivery.claimedUntil
              + "); replay it once that try has failed",
          Map.of(
              "deliveryStatus",
              delivery.status.name(),
              "claimedUntil",
              delivery.claimedUntil.toString()));
    }
    delivery.status = DeliveryStatus.PENDING;
    delivery.attempts = 0;
    delivery.nextAttemptAt = clock.instant();
    Delivery.flush(); // the new version, for the answer's ETag
    return delivery;
  }
}
