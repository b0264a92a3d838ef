package dev.rapport.notification.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's in-app messages: the IN_APP deliveries that reached them (SENT), newest first, and
 * their first read, which is recorded and announced once.
 */
@ApplicationScoped
public class Inbox {
  private final NotificationEventPublisher events;
  private final Clock clock;

  Inbox(NotificationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** A page of the caller's messages, newest first; only unread ones when asked. */
  public Page<Delivery> list(Caller caller, boolean unreadOnly, String after, int limit) {
    StringBuilder query =
        new StringBuilder(
            "lower(recipient) = lower(:me) and channel = :channel and status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("me", caller.userName());
    params.put("channel", Channel.IN_APP);
    params.put("status", DeliveryStatus.SENT);
    if (unreadOnly) {
      query.append(" and readAt is null");
    }
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      query
          .append(" and ")
          .append(
              Keyset.after(
                  List.of("createdAt", "id"), List.of(position.at(), position.id()), true, params));
    }
    query.append(" order by createdAt desc, id desc");
    List<Delivery> rows =
        Delivery.<Delivery>find(query.toString(), params).page(0, limit + 1).list();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  /**
   * Marks message {@code id} of the caller's inbox read; the first read is announced (how INBOX), a
   * repeat changes nothing. Answers the message as it is now.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Delivery read(Caller caller, UUID id) {
    Delivery d = Delivery.findById(id);
    if (d == null
        || d.channel != Channel.IN_APP
        || d.status != DeliveryStatus.SENT
        || !d.recipient.equalsIgnoreCase(caller.userName())) {
      throw ProblemException.notFound("Inbox message", id.toString());
    }
    Instant now = clock.instant();
    boolean first = Delivery.markFirstRead(d.id, now);
    // The row as it is now: read by this call or by an earlier one.
    Delivery.getEntityManager().refresh(d);
    if (first) {
      events.read(d, NotificationEventPublisher.ReadBy.INBOX, now);
    }
    return d;
  }
}
