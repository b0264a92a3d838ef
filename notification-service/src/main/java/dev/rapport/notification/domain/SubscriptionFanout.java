package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Creates the deliveries for chat rooms and external systems subscribed to an event
 * (/api/v1/subscriptions): one per matching active subscription, in the consumer's transaction.
 * Internal work notes only reach subscriptions allowed to receive internal content.
 */
@ApplicationScoped
public class SubscriptionFanout {

  /**
   * @param event the incoming CloudEvent (its id, type, data as received)
   * @param payload the event read into its record
   * @param ticket the ticket it is about, or null for events that are not about a ticket
   * @param internal whether the event carries internal content (an INTERNAL update-posted)
   */
  public void fanOut(
      IncomingCloudEvent event, EventPayload payload, TicketSummary ticket, boolean internal) {
    // implemented with the channels
  }
}
