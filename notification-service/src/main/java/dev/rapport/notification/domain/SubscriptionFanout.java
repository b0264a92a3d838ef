package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Creates the deliveries for chat rooms and external systems subscribed to an event
 * (/api/v1/subscriptions): one per matching active subscription, in the consumer's transaction.
 * Internal work notes only reach subscriptions allowed to receive internal content.
 */
@ApplicationScoped
public class SubscriptionFanout {
  private final SubscriptionPayloads payloads;
  private final Clock clock;

  SubscriptionFanout(SubscriptionPayloads payloads, Clock clock) {
    this.payloads = payloads;
    this.clock = clock;
  }

  /**
   * @param event the incoming CloudEvent (its id, type, data as received)
   * @param payload the event read into its record
   * @param ticket the ticket it is about, or null for events that are not about a ticket
   * @param internal whether the event carries internal content (an INTERNAL update-posted)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void fanOut(
      IncomingCloudEvent event, EventPayload payload, TicketSummary ticket, boolean internal) {
    Instant now = clock.instant();
    String summary = null;
    for (Subscription subscription : Subscription.listActive()) {
      if (!matches(subscription, event.type(), ticket, internal)) {
        continue;
      }
      Channel channel = subscription.kind.channel();
      if (Delivery.count(
              "eventId = ?1 and recipient = ?2 and channel = ?3",
              event.id(),
              subscription.recipient(),
              channel)
          > 0) {
        continue; // this event reached this subscription already (a redelivery)
      }
      if (summary == null) {
        summary = payloads.summary(event, ticket, internal);
      }
      Delivery delivery = new Delivery();
      delivery.id = TimeOrderedUuids.next();
      delivery.eventId = event.id();
      delivery.eventType = event.type();
      delivery.ticketId = ticket == null ? null : ticket.id();
      delivery.ticketKey = ticket == null ? null : ticket.key();
      delivery.recipient = subscription.recipient();
      delivery.subscriptionId = subscription.id;
      delivery.audience = Audience.SUBSCRIPTION;
      delivery.channel = channel;
      delivery.address = subscription.url;
      delivery.critical = ticket != null && "P1".equals(ticket.priority());
      delivery.subject = summary;
      delivery.bodyText = summary;
      delivery.payload =
          subscription.kind == SubscriptionKind.WEBHOOK
              ? payloads.cloudEvent(event)
              : payloads.chat(summary);
      delivery.status = DeliveryStatus.PENDING;
      delivery.nextAttemptAt = now;
      delivery.createdAt = now;
      delivery.persist();
    }
  }

  /** Whether {@code subscription} receives an event of {@code type} about {@code ticket}. */
  static boolean matches(
      Subscription subscription, String type, TicketSummary ticket, boolean internal) {
    if (!subscription.active || !subscription.wants(type)) {
      return false;
    }
    if (internal && !subscription.includeInternal) {
      return false;
    }
    if (subscription.businessServiceId != null
        && (ticket == null
            || !Objects.equals(subscription.businessServiceId, ticket.businessServiceId()))) {
      return false;
    }
    return subscription.teamId == null
        || (ticket != null
            && subscription.teamId.equalsIgnoreCase(String.valueOf(ticket.teamId())));
  }
}
