package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.engagement.domain.alert.AlertThresholds;
import dev.rapport.support.api.ETags;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alert-thresholds/{team}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Alert thresholds",
    description =
        "When a team's leads are alerted: cadence adherence, CSAT and eNPS thresholds per team")
@SecurityRequirement(name = "jwt")
@RolesAllowed({LEAD, ADMIN})
public class AlertThresholdsResource {
  private static final String ETAG = "ETag";

  private final AlertThresholds thresholds;
  private final CurrentCaller caller;

  AlertThresholdsResource(AlertThresholds thresholds, CurrentCaller caller) {
    this.thresholds = thresholds;
    this.caller = caller;
  }

  @GET
  @Transactional
  @Operation(summary = "A team's alert thresholds (its leads and admins); the ETag: its version")
  @APIResponse(
      responseCode = "200",
      description = "The thresholds that apply",
      headers = @Header(name = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = AlertThresholdsResponse.class)))
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  public Response get(
      @Parameter(description = "The team id, as tickets carry it", example = "network")
          @PathParam("team")
          String team) {
    return ok(thresholds.view(caller.get(), team));
  }

  @PUT
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a team's alert thresholds (its leads and admins)",
      description = "Send If-Match with the ETag to avoid lost updates.")
  @APIResponse(
      responseCode = "200",
      description = "The thresholds now in force",
      headers = @Header(name = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = AlertThresholdsResponse.class)))
  @APIResponse(responseCode = "400", description = "A threshold missing or out of range")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response put(
      @Parameter(description = "The team id, as tickets carry it", example = "network")
          @PathParam("team")
          String team,
      AlertThresholdsRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    AlertThresholdsRequest body = request == null ? AlertThresholdsRequest.NONE : request;
    return ok(
        thresholds.replace(
            caller.get(),
            team,
            body.cadenceAdherenceMin(),
            body.csatMin(),
            body.enpsDrop(),
            ifMatch));
  }

  private static Response ok(AlertThresholds.Thresholds t) {
    return Response.ok(AlertThresholdsResponse.of(t)).header(ETAG, ETags.of(t.version())).build();
  }
}
