package dev.rapport.notification;

import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Rows and records for tests, made as N1's consumers would make them. */
public final class Fixtures {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  private Fixtures() {}

  public static String unique(String prefix) {
    return prefix + "-" + SEQ.incrementAndGet();
  }

  public static TicketSummary ticket(String key, String title, UUID businessService, String team) {
    Instant now = Instant.now();
    return TestTickets.ticket(UUID.randomUUID(), key)
        .title(title)
        .status("RESOLVED")
        .requester("ana@example.com")
        .assignee("sam@example.com")
        .teamId(team)
        .businessService(businessService, "Printing")
        .createdAt(now)
        .updatedAt(now)
        .summary();
  }

  /** A PENDING delivery, due now, committed. */
  public static Delivery pending(Channel channel, String recipient, String address) {
    return pending(channel, recipient, address, true);
  }

  /** A PENDING delivery, committed; due now, or (not {@code due}) in an hour. */
  public static Delivery pending(Channel channel, String recipient, String address, boolean due) {
    Delivery d = new Delivery();
    d.id = UUID.randomUUID();
    d.eventId = UUID.randomUUID().toString();
    d.eventType = "rapport.ticket.resolved.v1";
    d.ticketId = UUID.randomUUID();
    d.ticketKey = unique("T");
    d.recipient = recipient;
    d.audience = Audience.REQUESTER;
    d.channel = channel;
    d.address = address;
    d.subject = "Your ticket " + d.ticketKey + " is resolved";
    d.bodyText = "Good news: the printer works again.";
    d.bodyHtml = "<p>Good news: the <b>printer</b> works again.</p>";
    d.payload = channel == Channel.CHAT ? "{\"text\":\"" + d.ticketKey + " resolved\"}" : null;
    d.status = DeliveryStatus.PENDING;
    d.createdAt = Instant.now();
    d.nextAttemptAt = due ? d.createdAt : d.createdAt.plusSeconds(3600);
    QuarkusTransaction.requiringNew().run(d::persist);
    return d;
  }

  public static Delivery reload(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
  }
}
