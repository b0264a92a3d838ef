package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.notification.domain.Inbox;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.security.CurrentCaller;
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
  private final CurrentCaller caller;
  private final Inbox inbox;

  InboxResource(CurrentCaller caller, Inbox inbox) {
    this.caller = caller;
    this.inbox = inbox;
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
    return inbox
        .list(
            caller.get(),
            Boolean.TRUE.equals(QueryParams.booleanOrNull("unread", unread)),
            after,
            limit)
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
    return InboxItem.of(inbox.read(caller.get(), QueryParams.uuid("id", id)));
  }
}
