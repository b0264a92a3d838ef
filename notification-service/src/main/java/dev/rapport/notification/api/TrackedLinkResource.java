package dev.rapport.notification.api;

import dev.rapport.notification.domain.TrackedLinkVisits;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tracked "view ticket" link of a message. No token needed: the link itself is signed (see
 * {@link dev.rapport.notification.domain.TrackedLinks}).
 */
@Path("/r")
@Tag(name = "Tracked links", description = "The \"view ticket\" links in messages")
@PermitAll
public class TrackedLinkResource {
  private final TrackedLinkVisits visits;

  TrackedLinkResource(TrackedLinkVisits visits) {
    this.visits = visits;
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
    return Response.seeOther(visits.follow(token)).build();
  }
}
