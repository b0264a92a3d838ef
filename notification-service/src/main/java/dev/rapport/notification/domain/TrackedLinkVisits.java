package dev.rapport.notification.domain;

import dev.rapport.notification.config.LinksConfig;
import dev.rapport.notification.config.NotificationConfig;
import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Someone followed a message's tracked "view ticket" link: a genuine, unexpired one records the
 * first read of that message (announced, how LINK) and leads to the ticket in the portal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrackedLinkVisits {
  private final TrackedLinks links;
  private final NotificationEventPublisher events;
  private final Clock clock;
  private final LinksConfig linksConfig;
  private final String portalUrl;

  TrackedLinkVisits(
      TrackedLinks links,
      NotificationEventPublisher events,
      Clock clock,
      LinksConfig linksConfig,
      NotificationConfig config) {
    this.links = links;
    this.events = events;
    this.clock = clock;
    this.linksConfig = linksConfig;
    String portal = config.portalUrl();
    this.portalUrl = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
  }

  /**
   * Where the link with {@code token} leads: {@code <portal-url>/tickets/<ticketKey>}.
   *
   * @throws ProblemException 404 for a token not of ours, 410 once the link expired
   */
  public URI follow(String token) {
    Delivery delivery = links.verify(token).map(id -> Delivery.<Delivery>findById(id)).orElse(null);
    if (delivery == null) {
      throw ProblemException.notFound("Link", "/r/" + token);
    }
    Instant now = clock.instant();
    if (delivery.createdAt.plus(linksConfig.ttl()).isBefore(now)) {
      throw new ProblemException(
          410,
          "link-expired",
          "Link expired",
          "This link expired "
              + linksConfig.ttl().toDays()
              + " days after its message was sent; open the ticket in the portal instead",
          Map.of());
    }
    Delivery.getEntityManager().detach(delivery);
    if (Delivery.markFirstRead(delivery.id, now)) {
      delivery.readAt = now;
      events.read(delivery, NotificationEventPublisher.ReadBy.LINK, now);
    }
    return URI.create(
        delivery.ticketKey == null
            ? portalUrl + "/"
            : portalUrl + "/tickets/" + delivery.ticketKey);
  }
}
