package dev.rapport.notification.domain;

import dev.rapport.notification.config.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes due deliveries for sending, in a short transaction of its own: PENDING or FAILED rows whose
 * next attempt is due, oldest first, locked with {@code for update skip locked} so that replicas
 * never take the same row, and leased (next attempt pushed out by {@code
 * rapport.notification.delivery.lease}) so that later rounds leave them alone while they are being
 * sent, and take them again should this instance die mid-send.
 */
@ApplicationScoped
public class DeliveryClaims {

  /**
   * A delivery taken for sending, detached, with what its channel needs besides the row.
   *
   * @param secret the subscription's signing secret (WEBHOOK), else null
   * @param subscriptionGone true for a CHAT or WEBHOOK subscription delivery whose subscription was
   *     deleted since
   */
  public record Claimed(Delivery delivery, String secret, boolean subscriptionGone) {}

  private final EntityManager em;
  private final DeliveryConfig config;

  DeliveryClaims(EntityManager em, DeliveryConfig config) {
    this.em = em;
    this.config = config;
  }

  /** Up to {@code max} due deliveries, leased until {@code now + lease}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(int max, Instant now) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select id from deliveries where status in ('PENDING', 'FAILED')"
                    + " and next_attempt_at <= :now order by next_attempt_at limit :max"
                    + " for update skip locked",
                UUID.class)
            .setParameter("now", now)
            .setParameter("max", max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Delivery> deliveries = Delivery.list("id in ?1 order by nextAttemptAt", ids);
    List<UUID> subscriptionIds =
        deliveries.stream().map(d -> d.subscriptionId).filter(id -> id != null).distinct().toList();
    Map<UUID, Subscription> subscriptions =
        subscriptionIds.isEmpty()
            ? Map.of()
            : Subscription.<Subscription>list("id in ?1", subscriptionIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    Instant leaseUntil = now.plus(config.lease());
    return deliveries.stream()
        .map(
            d -> {
              d.nextAttemptAt = leaseUntil;
              boolean viaSubscription =
                  d.audience == Audience.SUBSCRIPTION
                      && (d.channel == Channel.CHAT || d.channel == Channel.WEBHOOK);
              Subscription s =
                  d.subscriptionId == null ? null : subscriptions.get(d.subscriptionId);
              boolean gone = viaSubscription && (s == null || !s.active);
              return new Claimed(d, s == null ? null : s.secret, gone);
            })
        .toList();
  }
}
