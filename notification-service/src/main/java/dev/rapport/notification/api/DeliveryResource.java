package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryFilter;
import dev.rapport.notification.domain.DeliveryReplay;
import dev.rapport.notification.domain.DeliverySearch;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Deliveries",
    description =
        "Every message sent or to be sent, with its status, tries, next try and last error: for"
            + " support staff finding out who heard what; admins replay dead ones")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN})
public class DeliveryResource {
  static final String ETAG = "The delivery's version, for a replay's If-Match";

  private final DeliverySearch search;
  private final DeliveryReplay replay;

  DeliveryResource(DeliverySearch search, DeliveryReplay replay) {
    this.search = search;
    this.replay = replay;
  }

  @GET
  @Operation(
      summary = "Search deliveries",
      description =
          "Newest first, keyset-paginated (pass nextCursor as after). Filters combine with and;"
              + " status may repeat or be comma-separated.")
  @APIResponse(
      responseCode = "400",
      description = "A filter, limit or cursor that cannot be read (an unknown status, a bad id)")
  @APIResponse(responseCode = "200", description = "A page of deliveries")
  public Page<DeliveryResponse> list(
      @Parameter(
              description = "Ticket id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("ticketId")
          String ticketId,
      @Parameter(
              description = "Person id of the recipient",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("personId")
          String personId,
      @Parameter(description = "userName or subscription:<id>, any case") @QueryParam("recipient")
          String recipient,
      @Parameter(
              description =
                  "PENDING, SENT, FAILED, DEAD, DIGEST, SUPPRESSED (any case); repeat it or"
                      + " separate with commas")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "1 to 200")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(200)
          int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after")
          String after) {
    return search
        .search(
            new DeliveryFilter(
                QueryParams.uuidOrNull("ticketId", ticketId),
                QueryParams.uuidOrNull("personId", personId),
                recipient,
                QueryParams.enums(DeliveryStatus.class, "status", status),
                after,
                limit))
        .map(DeliveryResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One delivery", description = "With its ETag, for a replay's If-Match.")
  @APIResponse(responseCode = "404", description = "No such delivery")
  @APIResponse(
      responseCode = "200",
      description = "The delivery with its attempts",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<DeliveryResponse> get(
      @Parameter(
              description = "The delivery's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    Delivery delivery = search.find(QueryParams.uuid("id", id));
    return ResponseBuilder.ok(DeliveryResponse.of(delivery))
        .header("ETag", ETags.of(delivery.version))
        .build();
  }

  @POST
  @Path("/{id}/replay")
  @Transactional
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Send a dead or failed delivery again, now",
      description =
          "It becomes PENDING with its tries counted from zero, and is sent within a second or"
              + " so; watch its status. Optional If-Match with the ETag of GET.")
  @APIResponse(
      responseCode = "200",
      description = "PENDING again",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "404", description = "No such delivery")
  @APIResponse(
      responseCode = "409",
      description = "Not DEAD or FAILED, or being sent right now (claimedUntil in the future)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemSchemas.NotReplayable.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match")
  public RestResponse<DeliveryResponse> replay(
      @Parameter(
              description = "The delivery's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id,
      @Parameter(description = "The ETag of GET; optional", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    Delivery delivery = replay.replay(QueryParams.uuid("id", id), ifMatch);
    return ResponseBuilder.ok(DeliveryResponse.of(delivery))
        .header("ETag", ETags.of(delivery.version))
        .build();
  }
}
