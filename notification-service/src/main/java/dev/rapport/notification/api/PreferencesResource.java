package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.notification.domain.PersonPreferences;
import dev.rapport.notification.domain.PreferencesBook;
import dev.rapport.support.api.ETags;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/people/{userName}/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Preferences",
    description =
        "How a person hears about tickets: channels per kind of message, opt-outs, quiet hours,"
            + " digests. A person manages their own; admins anyone's.")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class PreferencesResource {
  static final String ETAG = "The preferences' version (\"0\" for the defaults), for If-Match";
  static final String PREFERENCES_EXAMPLE =
      """
      {"channels": {"UPDATE": ["IN_APP"], "RESOLUTION": ["EMAIL", "CHAT"]},
       "optOuts": ["rapport.ticket.task-completed.v1"],
       "quietStart": "22:00", "quietEnd": "07:00",
       "digest": "DAILY", "digestTime": "08:00",
       "chatWebhookUrl": "https://hooks.slack.com/services/T000/B000/XXXX",
       "timezone": "Europe/Paris", "locale": "fr-FR"}
      """;

  private final CurrentCaller caller;
  private final PreferencesBook preferences;

  PreferencesResource(CurrentCaller caller, PreferencesBook preferences) {
    this.caller = caller;
    this.preferences = preferences;
  }

  @GET
  @Operation(
      summary = "A person's preferences (themselves or admin)",
      description =
          "The defaults (version 0) until the person saves any; the ETag carries the version.")
  @APIResponse(responseCode = "403", description = "Neither the person nor an admin")
  @APIResponse(
      responseCode = "200",
      description = "The preferences; ETag carries their version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<PreferencesResponse> get(@PathParam("userName") String userName) {
    return ok(preferences.get(userName, caller.get()));
  }

  @PUT
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a person's preferences (themselves or admin)",
      description =
          "Send If-Match with the ETag of the GET to avoid overwriting a change made meanwhile."
              + " Quiet hours need both ends; CHAT needs chatWebhookUrl.")
  @APIResponse(
      responseCode = "400",
      description = "Unknown kind, channel or event type; bad time or timezone")
  @APIResponse(responseCode = "403", description = "Neither the person nor an admin")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  @APIResponse(
      responseCode = "200",
      description = "The saved preferences; ETag carries their version",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<PreferencesResponse> replace(
      @PathParam("userName") String userName,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = PreferencesRequest.class),
                      examples =
                          @ExampleObject(
                              name = "quiet-hours-and-daily-digest",
                              summary = "Quiet at night, a daily digest, resolutions also in chat",
                              value = PREFERENCES_EXAMPLE)))
          @Valid
          @NotNull
          PreferencesRequest request,
      @Parameter(description = "The ETag of GET; \"0\" while the person has the defaults")
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(preferences.replace(userName, request.toChange(), ifMatch, caller.get()));
  }

  private static RestResponse<PreferencesResponse> ok(PersonPreferences prefs) {
    return ResponseBuilder.ok(PreferencesResponse.of(prefs))
        .header("ETag", ETags.of(prefs.version))
        .build();
  }
}
