package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.messaging.NotificationEvents;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The caller's in-app messages")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class InboxResource {
  private final SecurityIdentity identity;
  private final NotificationEvents events;
  private final Clock clock;

  InboxResource(SecurityIdentity identity, NotificationEvents events, Clock clock) {
    this.identity = identity;
    this.events = events;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "The caller's messages, newest first",
      description =
          "Paginated by cursor: pass nextCursor as 'after'. unread=true lists only unread ones.")
  @APIResponse(responseCode = "200", description = "A page of the caller's messages")
  @APIResponse(
      responseCode = "400",
      description = "unread not true or false, a bad limit or cursor")
  public Page<InboxItem> list(
      @Parameter(
              description = "true: only unread messages",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("unread")
          String unread,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @Parameter(description = "1 to 100")
          @QueryParam("limit")
          @DefaultValue("20")
          @Min(1)
          @Max(100)
          int limit) {
    boolean unreadOnly = bool("unread", unread);
    StringBuilder query =
        new StringBuilder("lower(recipient) = lower(?1) and channel = ?2 and status = ?3");
    List<Object> params =
        new ArrayList<>(List.<Object>of(caller(), Channel.IN_APP, DeliveryStatus.SENT));
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
            rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()))
        .map(InboxItem::of);
  }

  @POST
  @Path("/{id}/read")
  @Transactional
  @Operation(
      summary = "Mark one of the caller's messages read",
      description =
          "The first read is recorded and announced (rapport.notification.read.v1); a repeat changes nothing.")
  @APIResponse(responseCode = "200", description = "The message, read")
  @APIResponse(responseCode = "404", description = "Not a message in the caller's inbox")
  public InboxItem read(
      @Parameter(
              description = "The message's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    UUID uuid = QueryParams.uuid("id", id);
    Delivery d = Delivery.findById(uuid);
    if (d == null
        || d.channel != Channel.IN_APP
        || d.status != DeliveryStatus.SENT
        || !d.recipient.equalsIgnoreCase(caller())) {
      throw ProblemException.notFound("Inbox message", id);
    }
    Instant now = clock.instant();
    boolean first = Delivery.markFirstRead(d.id, now);
    // The row as it is now: read by this call or by an earlier one.
    Delivery.getEntityManager().refresh(d);
    if (first) {
      events.read(d, NotificationEvents.ReadBy.INBOX, now);
    }
    return InboxItem.of(d);
  }

  private String caller() {
    return identity.getPrincipal().getName();
  }

  private static boolean bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ProblemException.badRequest(
              "invalid-parameter", name + " must be true or false; got '" + raw + "'.");
    };
  }
}
