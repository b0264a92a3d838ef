package dev.rapport.notification.domain;

import dev.rapport.notification.config.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
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
 * sent, and take them again should this instance die mid-send. A sender {@link #renew renews} the
 * claim right before it sends: a delivery that waited in the queue past its lease and was claimed
 * again meanwhile (by a later round, a replica or a replay) is then left to the newer claim, so no
 * message goes out twice while claimed.
 */
@ApplicationScoped
public class DeliveryClaims {

  /**
   * A delivery taken for sending, detached, with what its channel needs besides the row.
   *
   * @param address where it goes now (for a person's chat, their webhook URL as saved now)
   * @param secret the subscription's signing secret (WEBHOOK), else null
   * @param subscriptionGone true for a CHAT or WEBHOOK subscription delivery whose subscription was
   *     deleted since
   */
  public record Claimed(
      Delivery delivery, String address, String secret, boolean subscriptionGone) {}

  /** Where a claimed delivery goes: its address, or a person's chat webhook URL read now. */
  public static String addressOf(Delivery delivery) {
    if (delivery.address == null
        && delivery.channel == Channel.CHAT
        && delivery.audience != Audience.SUBSCRIPTION) {
      return PersonPreferences.findByUserName(delivery.recipient)
          .map(p -> p.chatWebhookUrl)
          .orElse(null);
    }
    return delivery.address;
  }

  private final EntityManager em;
  private final DeliveryConfig config;
  private final SecretSealing secrets;

  DeliveryClaims(EntityManager em, DeliveryConfig config, SecretSealing secrets) {
    this.em = em;
    this.config = config;
    this.secrets = secrets;
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
    List<Claimed> claimed =
        deliveries.stream()
            .map(
                d -> {
                  d.nextAttemptAt = leaseUntil;
                  d.claimedUntil = leaseUntil;
                  boolean viaSubscription =
                      d.audience == Audience.SUBSCRIPTION
                          && (d.channel == Channel.CHAT || d.channel == Channel.WEBHOOK);
                  Subscription s =
                      d.subscriptionId == null ? null : subscriptions.get(d.subscriptionId);
                  boolean gone = viaSubscription && (s == null || !s.active);
                  return new Claimed(
                      d, addressOf(d), s == null ? null : secrets.reveal(s.secret), gone);
                })
            .toList();
    // The claim's version is what renew() compares with.
    em.flush();
    claimed.forEach(c -> em.detach(c.delivery()));
    return claimed;
  }

  /**
   * Takes {@code claimed} for sending now: true when the claim still holds (nobody claimed the
   * delivery again, nor replayed or finished it, since), and then leases it for one send. The lease
   * of a send is at least twice the connect and request timeouts, so a slow answer cannot outlast
   * it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renew(Claimed claimed, Instant now) {
    Duration send = config.connectTimeout().plus(config.requestTimeout()).multipliedBy(2);
    Instant until = now.plus(config.lease().compareTo(send) > 0 ? config.lease() : send);
    int updated =
        em.createNativeQuery(
                "update deliveries set claimed_until = :until, next_attempt_at = :until,"
                    + " version = version + 1 where id = :id and version = :version"
                    + " and status in ('PENDING', 'FAILED')")
            .setParameter("until", until)
            .setParameter("id", claimed.delivery().id)
            .setParameter("version", claimed.delivery().version)
            .executeUpdate();
    return updated == 1;
  }
}
