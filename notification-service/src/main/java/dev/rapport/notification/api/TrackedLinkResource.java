package dev.rapport.notification.api;

import dev.rapport.notification.config.LinksConfig;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.TrackedLinks;
import dev.rapport.notification.messaging.NotificationEvents;
import dev.rapport.support.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tracked "view ticket" link of a message. No token needed: the link itself is signed (see
 * {@link TrackedLinks}).
 */
@Path("/r")
@Tag(name = "Tracked links", description = "The \"view ticket\" links in messages")
@PermitAll
public class TrackedLinkResource {
  private final TrackedLinks links;
  private final NotificationEvents events;
  private final Clock clock;
  private final LinksConfig linksConfig;
  private final String portalUrl;

  TrackedLinkResource(
      TrackedLinks links,
      NotificationEvents events,
      Clock clock,
      LinksConfig linksConfig,
      @ConfigProperty(name = "rapport.notification.portal-url") String portalUrl) {
    this.links = links;
    this.events = events;
    this.clock = clock;
    this.linksConfig = linksConfig;
    this.portalUrl =
        portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
  }

  @GET
  @Path("/{token}")
  @Transactional // the first follow records the read
  @Operation(
      summary = "Follow a message's \"view ticket\" link",
      description =
          "Records the first read of the message (rapport.notification.read.v1, how LINK) and"
              + " redirects to the ticket in the portal.")
  @APIResponse(
      responseCode = "303",
      description = "To <portal-url>/tickets/<ticketKey>",
      headers =
          @Header(
              name = "Location",
              description = "The ticket in the portal",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  @APIResponse(responseCode = "404", description = "Not a link of ours")
  @APIResponse(
      responseCode = "410",
      description =
          "Expired (rapport.notification.links.ttl after the message, 90 days by default)")
  public Response follow(
      @Parameter(description = "The signed token of the link, as in the message")
          @PathParam("token")
          String token) {
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
      events.read(delivery, NotificationEvents.ReadBy.LINK, now);
    }
    String target =
        delivery.ticketKey == null ? portalUrl + "/" : portalUrl + "/tickets/" + delivery.ticketKey;
    return Response.seeOther(URI.create(target)).build();
  }
}
