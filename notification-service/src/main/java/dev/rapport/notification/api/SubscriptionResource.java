package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.INTEGRATION;

import dev.rapport.notification.domain.Subscription;
import dev.rapport.notification.domain.Subscriptions;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.problem.Problem;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Subscriptions",
    description =
        "Chat rooms (Slack-compatible incoming webhooks: Slack, Mattermost, Rocket.Chat) and"
            + " external systems (signed webhooks carrying the CloudEvent) that receive events")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ADMIN, INTEGRATION})
public class SubscriptionResource {
  private final Subscriptions subscriptions;
  private final IdempotentCreation creation;
  private final CurrentCaller caller;

  SubscriptionResource(
      Subscriptions subscriptions, IdempotentCreation creation, CurrentCaller caller) {
    this.subscriptions = subscriptions;
    this.creation = creation;
    this.caller = caller;
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe a chat room or an external system",
      description =
          "CHAT: each event of the chosen types is posted as {\"text\": \"T-1042 Printer"
              + " jammed: resolved by sam@example.com\"}. WEBHOOK: the CloudEvent is posted as"
              + " JSON (structured mode) and signed per the Standard Webhooks specification"
              + " (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of"
              + " id.timestamp.body>); the whsec_ secret is generated unless given and is shown"
              + " only in this answer. Deliveries are retried with backoff; see"
              + " /api/v1/deliveries. Only an admin may set includeInternal. Send an"
              + " Idempotency-Key to make retries safe (a replay answers the same subscription,"
              + " without the secret: it is shown once).")
  @APIResponse(
      responseCode = "201",
      description =
          "Subscribed; Location names it. A WEBHOOK's secret is in this answer only (not in a"
              + " replay of it)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubscriptionResponse.class)),
      headers = {
        @Header(
            name = "Location",
            description = "The new subscription",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a repeated Idempotency-Key",
            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "Missing fields, a URL that is not http(s) or that the outbound guard refuses, unknown"
              + " event types, a bad secret (invalidFields names them)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemSchemas.InvalidSubscription.class)))
  @APIResponse(responseCode = "403", description = "includeInternal without the admin role")
  @APIResponse(
      responseCode = "409",
      description = "The earlier request with this Idempotency-Key did not finish")
  @APIResponse(
      responseCode = "422",
      description = "This Idempotency-Key was used for another body in the last 24 hours")
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SubscriptionRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "signed-webhook",
                            summary = "An external system hearing of opened and resolved tickets",
                            value =
                                "{\"kind\": \"WEBHOOK\", \"url\":"
                                    + " \"https://itsm-bridge.example.com/rapport/events\","
                                    + " \"eventTypes\": [\"rapport.ticket.opened.v1\","
                                    + " \"rapport.ticket.resolved.v1\"]}"),
                        @ExampleObject(
                            name = "team-chat-room",
                            summary = "A team's chat room hearing of everything on its tickets",
                            value =
                                "{\"kind\": \"CHAT\", \"url\":"
                                    + " \"https://hooks.slack.com/services/T000/B000/XXXX\","
                                    + " \"eventTypes\": [\"*\"], \"teamId\": \"network\"}")
                      }))
          @Valid
          @NotNull
          SubscriptionRequest request,
      @Parameter(description = "Makes a retried POST create nothing twice (24 hours)")
          @HeaderParam(IdempotentCreation.HEADER)
          @Size(max = 255)
          String idempotencyKey) {
    Caller who = caller.get();
    // The secret in clear exists only while the creating request runs; an Idempotency-Key replay
    // answers the subscription without it (it is stored encrypted and never shown again).
    String[] secretShownOnce = {null};
    return creation.create(
        "subscriptions:" + who.userName(),
        idempotencyKey,
        request,
        () -> {
          Subscriptions.Created created =
              subscriptions.create(
                  new Subscriptions.Draft(
                      request.kind(),
                      request.url(),
                      request.secret(),
                      request.eventTypes(),
                      request.businessServiceId(),
                      request.teamId(),
                      Boolean.TRUE.equals(request.includeInternal())),
                  who);
          secretShownOnce[0] = created.secret();
          return created.subscription().id;
        },
        id ->
            Response.created(
                    UriBuilder.fromResource(SubscriptionResource.class).path(id.toString()).build())
                .entity(SubscriptionResponse.created(find(id), secretShownOnce[0])));
  }

  @GET
  @Operation(
      summary = "The subscriptions",
      description =
          "An admin sees every subscription, an integration those it created. Oldest first,"
              + " keyset-paginated (pass nextCursor as after). Secrets are never shown; URLs are"
              + " redacted.")
  @APIResponse(responseCode = "200", description = "A page of subscriptions")
  public Page<SubscriptionResponse> list(
      @Parameter(description = "1 to 200")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(200)
          int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after")
          String after) {
    return subscriptions.list(caller.get(), after, limit).map(SubscriptionResponse::listed);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "One subscription",
      description = "Without its secret; URL redacted. An integration sees only its own.")
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  @APIResponse(responseCode = "200", description = "The subscription (never its secret)")
  public SubscriptionResponse get(
      @Parameter(
              description = "The subscription's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    return SubscriptionResponse.listed(find(QueryParams.uuid("id", id)));
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @Operation(
      summary = "Unsubscribe",
      description =
          "Nothing more is sent to it; its deliveries not yet sent end DEAD. Deliveries already"
              + " made stay visible in /api/v1/deliveries. An integration may delete only its"
              + " own.")
  @APIResponse(responseCode = "204", description = "Unsubscribed")
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public void delete(
      @Parameter(
              description = "The subscription's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    subscriptions.delete(QueryParams.uuid("id", id), caller.get());
  }

  private Subscription find(UUID id) {
    return subscriptions.find(id, caller.get());
  }
}
