package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationFailed;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.notification.NotificationRef;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The facts of notification events: a delivery, a (first) read, a failed try, labelled with the
 * message's audience level (REQUESTER, BUSINESS_OWNER, EXECUTIVE ...) and counted under the team,
 * business service and priority of the ticket it is about, as this service last saw the ticket.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DeliveryFacts {
  private final TicketStates tickets;

  DeliveryFacts(TicketStates tickets) {
    this.tickets = tickets;
  }

  /** The ticket a delivery outcome's message is about; null for other events or no ticket. */
  static UUID ticketOf(EventPayload payload) {
    NotificationRef ref = null;
    if (payload instanceof NotificationDelivered delivered) {
      ref = delivered.notification();
    } else if (payload instanceof NotificationRead read) {
      ref = read.notification();
    } else if (payload instanceof NotificationFailed failed) {
      ref = failed.notification();
    }
    return ref == null ? null : ref.ticketId();
  }

  /** The facts of {@code payload}; none for a type that is not a delivery outcome. */
  public List<Fact> of(IncomingCloudEvent event, EventPayload payload) {
    if (payload instanceof NotificationDelivered delivered) {
      return fact(
          event,
          FactKind.NOTIFICATION_DELIVERED,
          delivered.notification(),
          delivered.deliveredAt(),
          1);
    }
    if (payload instanceof NotificationRead read) {
      return fact(event, FactKind.NOTIFICATION_READ, read.notification(), read.readAt(), 1);
    }
    if (payload instanceof NotificationFailed failed) {
      return fact(
          event,
          FactKind.NOTIFICATION_FAILED,
          failed.notification(),
          failed.failedAt(),
          failed.dead() ? 1 : 0);
    }
    return List.of();
  }

  private List<Fact> fact(
      IncomingCloudEvent event, FactKind kind, NotificationRef ref, Instant at, double measure) {
    if (ref == null || ref.notificationId() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " names no message");
    }
    Dimensions dims = Dimensions.NONE;
    if (ref.ticketId() != null) {
      TicketState ticket = tickets.find(ref.ticketId());
      if (ticket != null) {
        dims = ticket.dimensions();
      }
    }
    String audience = ref.audience() == null ? "UNKNOWN" : ref.audience();
    return List.of(
        Fact.of(
            event.id(),
            kind,
            audience,
            at == null ? event.time() : at,
            dims,
            ref.notificationId().toString(),
            measure));
  }
}
