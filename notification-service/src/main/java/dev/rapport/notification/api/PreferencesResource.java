package dev.rapport.notification.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.notification.channel.UrlRedaction;
import dev.rapport.notification.domain.Contact;
import dev.rapport.notification.domain.DigestSchedule;
import dev.rapport.notification.domain.PersonPreferences;
import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  private final SecurityIdentity identity;
  private final Clock clock;

  PreferencesResource(SecurityIdentity identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
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
    authorize(userName);
    PersonPreferences prefs =
        PersonPreferences.findByUserName(userName)
            .orElseGet(() -> PersonPreferences.defaults(canonical(userName)));
    return ok(prefs);
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
    authorize(userName);
    PersonPreferences prefs = PersonPreferences.findByUserName(userName).orElse(null);
    ETags.checkIfMatch(ifMatch, prefs == null ? 0 : prefs.version);
    boolean created = prefs == null;
    if (created) {
      prefs = PersonPreferences.defaults(canonical(userName));
    }
    prefs.channels = channels(request.channels());
    prefs.optOuts =
        request.optOuts() == null
            ? new String[0]
            : new LinkedHashSet<>(request.optOuts().stream().map(String::strip).toList())
                .toArray(String[]::new);
    prefs.quietStart = time(request.quietStart());
    prefs.quietEnd = time(request.quietEnd());
    prefs.digest = request.digest() == null ? DigestSchedule.IMMEDIATE : request.digest();
    prefs.digestTime =
        request.digestTime() == null ? LocalTime.of(8, 0) : time(request.digestTime());
    prefs.email = blankToNull(request.email());
    String chatWebhookUrl = blankToNull(request.chatWebhookUrl());
    // A client that sends back the redacted URL it was shown means "keep it".
    if (chatWebhookUrl == null
        || prefs.chatWebhookUrl == null
        || !chatWebhookUrl.equals(UrlRedaction.redact(prefs.chatWebhookUrl))) {
      prefs.chatWebhookUrl = chatWebhookUrl;
    }
    prefs.timezone = blankToNull(request.timezone());
    prefs.locale = blankToNull(request.locale());
    prefs.updatedAt = clock.instant();
    if (created) {
      // The defaults answer ETag "0": the saved row starts at 1, so that a client still holding
      // the defaults cannot overwrite it (Hibernate keeps a non-negative initial version).
      prefs.version = 1;
      prefs.persist();
    }
    PersonPreferences.flush();
    return ok(prefs);
  }

  private void authorize(String userName) {
    if (identity.hasRole(ADMIN) || identity.getPrincipal().getName().equalsIgnoreCase(userName)) {
      return;
    }
    throw ProblemException.forbidden(
        "Only " + userName + " or an admin may see or change these preferences.");
  }

  /** The userName as HR spells it when the person is known, else as given. */
  private static String canonical(String userName) {
    return Contact.findByUserName(userName).map(c -> c.userName).orElse(userName.strip());
  }

  private static Map<String, List<String>> channels(Map<String, List<String>> requested) {
    Map<String, List<String>> channels = new LinkedHashMap<>();
    if (requested != null) {
      requested.forEach(
          (kind, list) ->
              channels.put(
                  kind,
                  new ArrayList<>(
                      new LinkedHashSet<>(
                          list.stream().map(c -> PreferencesRules.channel(c).name()).toList()))));
    }
    return channels;
  }

  private static LocalTime time(String hhmm) {
    return hhmm == null ? null : LocalTime.parse(hhmm);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static RestResponse<PreferencesResponse> ok(PersonPreferences prefs) {
    return ResponseBuilder.ok(PreferencesResponse.of(prefs))
        .header("ETag", ETags.of(prefs.version))
        .build();
  }
}
