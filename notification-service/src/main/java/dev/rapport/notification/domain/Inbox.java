package dev.rapport.notification.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /** A page of {@code userName}'s messages, newest first; only unread ones when asked. */
  public Page<Delivery> list(String userName, boolean unreadOnly, String after, int limit) {
    StringBuilder query =
        new StringBuilder("lower(recipient) = lower(?1) and channel = ?2 and status = ?3");
    List<Object> params =
        new ArrayList<>(List.<Object>of(userName, Channel.IN_APP, DeliveryStatus.SENT));
    if (unreadOnly) {
      query.append(" and readAt is null");
    }
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      params.add(position.at());
      params.add(position.id());
      int n = params.size();
      query.append(
          " and (createdAt < ?"
              + (n - 1)
              + " or (createdAt = ?"
              + (n - 1)
              + " and id < ?"
              + n
              + "))");
    }
    query.append(" order by createdAt desc, id desc");
    List<Delivery> rows =
        Delivery.find(query.toString(), params.toArray()).page(0, limit + 1).list();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  /**
   * Marks message {@code id} of {@code userName}'s inbox read; the first read is announced (how
   * INBOX), a repeat changes nothing. Answers the message as it is now.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Delivery read(String userName, UUID id) {
    Delivery d = Delivery.findById(id);
    if (d == null
        || d.channel != Channel.IN_APP
        || d.status != DeliveryStatus.SENT
        || !d.recipient.equalsIgnoreCase(userName)) {
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
