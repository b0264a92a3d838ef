package dev.rapport.notification.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.notification.config.DigestConfig;
import dev.rapport.support.ids.TimeOrderedUuids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends digests: for each person with gathered (DIGEST) messages whose digest is due, one digest
 * message per channel listing them, and each gathered message marked with the digest it went out
 * in. Due means: gathered before the person's latest digest time (the top of the hour for HOURLY,
 * their daily digest time otherwise, in their timezone), so a digest missed while the service was
 * down goes out at the next run rather than a day late. The digest is PENDING for e-mail and chat
 * (the delivery worker sends it) and in the inbox at once.
 */
@ApplicationScoped
public class DigestJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class);

  private final Clock clock;
  private final MessageComposer composer;
  private final NotificationEventPublisher events;
  private final ObjectMapper json;

  DigestJob(
      Clock clock,
      MessageComposer composer,
      NotificationEventPublisher events,
      ObjectMapper json,
      DigestConfig schedule) {
    // The @Scheduled expression reads {rapport.notification.digest.every}; taking its mapping here
    // makes Quarkus register it, and with it the default the expression needs.
    this.clock = clock;
    this.json = json;
    this.composer = composer;
    this.events = events;
  }

  @Scheduled(
      identity = "notification-digests",
      every = "{rapport.notification.digest.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    run();
  }

  /** Sends every digest due now; answers how many digest messages were made. */
  public int run() {
    Instant now = clock.instant();
    List<String> waiting =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Delivery.getEntityManager()
                        .createQuery(
                            "select distinct lower(d.recipient) from Delivery d"
                                + " where d.status = ?1 and d.digestId is null",
                            String.class)
                        .setParameter(1, DeliveryStatus.DIGEST)
                        .getResultList());
    int made = 0;
    for (String recipient : waiting) {
      try {
        made += QuarkusTransaction.requiringNew().call(() -> digest(recipient, now));
      } catch (RuntimeException e) {
        LOG.errorf(e, "Digest for %s failed; it is tried again at the next run", recipient);
      }
    }
    return made;
  }

  private int digest(String recipient, Instant now) {
    Contact contact = Contact.findByUserName(recipient).orElse(null);
    PersonPreferences prefs =
        PersonPreferences.findByUserName(recipient)
            .orElseGet(() -> PersonPreferences.defaults(recipient));
    ZoneId zone = Preferences.zone(prefs, contact);
    Instant slot = Preferences.lastDigestSlot(prefs, zone, now);
    // Locked, and rows another run holds skipped, so that two runs never send one message twice.
    @SuppressWarnings("unchecked")
    List<Delivery> gathered =
        Delivery.getEntityManager()
            .createNativeQuery(
                "select * from deliveries where lower(recipient) = ?1 and status = 'DIGEST'"
                    + " and digest_id is null and created_at <= ?2"
                    + " order by created_at, id for update skip locked",
                Delivery.class)
            .setParameter(1, recipient)
            .setParameter(2, slot)
            .getResultList();
    if (gathered.isEmpty()) {
      return 0;
    }
    if (contact != null && !contact.active) {
      // A deactivated person gets nothing: the gathered messages stay visible, unsent.
      for (Delivery d : gathered) {
        d.status = DeliveryStatus.SUPPRESSED;
        d.lastError = "person deactivated before the digest went out";
      }
      return 0;
    }
    Map<Channel, List<Delivery>> byChannel = new LinkedHashMap<>();
    for (Delivery d : gathered) {
      byChannel.computeIfAbsent(d.channel, c -> new ArrayList<>()).add(d);
    }
    Locale locale = Preferences.locale(prefs, contact);
    String name = contact == null ? recipient : contact.displayName;
    UUID digestId = UUID.randomUUID();
    int made = 0;
    for (Map.Entry<Channel, List<Delivery>> entry : byChannel.entrySet()) {
      List<Delivery> items = entry.getValue();
      Message message =
          composer.composeDigest(locale, name, items.stream().map(d -> d.subject).toList());
      Delivery digest = new Delivery();
      digest.id = TimeOrderedUuids.next();
      digest.eventId = "digest:" + digestId;
      digest.eventType = "rapport.notification.digest";
      digest.recipient = items.get(0).recipient;
      digest.personId = contact == null ? items.get(0).personId : contact.personId;
      digest.audience = items.get(0).audience;
      digest.channel = entry.getKey();
      digest.address = items.get(items.size() - 1).address;
      digest.locale = MessageComposer.language(locale);
      DeliveryContent.fill(digest, message, json);
      digest.createdAt = now;
      if (digest.channel == Channel.IN_APP) {
        digest.status = DeliveryStatus.SENT;
        digest.sentAt = now;
      } else {
        digest.status = DeliveryStatus.PENDING;
        digest.nextAttemptAt = now;
      }
      digest.persist();
      for (Delivery d : items) {
        d.digestId = digest.id;
      }
      if (digest.status == DeliveryStatus.SENT) {
        events.delivered(digest, true, now);
      }
      made++;
    }
    return made;
  }
}
