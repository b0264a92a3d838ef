package dev.rapport.notification.api;

import dev.rapport.notification.domain.DigestSchedule;
import dev.rapport.notification.domain.PreferencesChange;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's choices, replaced as a whole; an absent field takes its default. */
@ValidPreferences
@Schema(description = "A person's notification preferences (replaced as a whole)")
public record PreferencesRequest(
    @Schema(
            nullable = true,
            description =
                "Channels per kind of message (OPENED, UPDATE, PROGRESS, STATUS, RESOLUTION,"
                    + " ASSIGNMENT, WORK_NOTE, SLA_WARNING, SLA_BREACH, DIGEST): EMAIL, CHAT,"
                    + " IN_APP. A kind not listed gets"
                    + " EMAIL and IN_APP; IN_APP is always on.",
            example = "{\"UPDATE\": [\"IN_APP\"], \"RESOLUTION\": [\"EMAIL\", \"CHAT\"]}")
        Map<String, List<String>> channels,
    @Schema(
            nullable = true,
            description = "Event types you do not want; their messages are kept as SUPPRESSED",
            example = "[\"rapport.ticket.task-completed.v1\"]")
        List<@Size(max = 100) String> optOuts,
    @Schema(
            nullable = true,
            description = "Start of quiet hours, HH:mm in your timezone",
            example = "22:00")
        @Pattern(regexp = TIME, message = "must be a time HH:mm")
        String quietStart,
    @Schema(
            nullable = true,
            description = "End of quiet hours, HH:mm (may be on the next day)",
            example = "07:00")
        @Pattern(regexp = TIME, message = "must be a time HH:mm")
        String quietEnd,
    // Inline rather than the DigestSchedule component: a $ref cannot be made nullable in 3.0.
    @Schema(
            nullable = true,
            implementation = String.class,
            enumeration = {"IMMEDIATE", "HOURLY", "DAILY"},
            description = "IMMEDIATE (default), HOURLY or DAILY",
            example = "DAILY")
        DigestSchedule digest,
    @Schema(
            nullable = true,
            description = "When the DAILY digest goes out, HH:mm (default 08:00)",
            example = "08:00")
        @Pattern(regexp = TIME, message = "must be a time HH:mm")
        String digestTime,
    @Schema(
            nullable = true,
            description = "E-mail address overriding the one from HR",
            example = "ana@example.com")
        @Email
        @Size(max = 320)
        String email,
    @Schema(
            nullable = true,
            description = "Your own Slack-compatible incoming webhook (https), for CHAT",
            example = "https://hooks.slack.com/services/T000/B000/XXXX")
        @Size(max = 2000)
        String chatWebhookUrl,
    @Schema(
            nullable = true,
            description = "IANA timezone overriding the one from HR",
            example = "Europe/Paris")
        @Size(max = 64)
        String timezone,
    @Schema(
            nullable = true,
            description = "Language of your messages (BCP 47), en or fr",
            example = "fr-FR")
        @Pattern(
            regexp = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$",
            message = "must be a language tag such as fr-FR")
        String locale) {
  // Anchored for the OpenAPI document, whose patterns match anywhere; @Pattern matches the whole.
  static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

  /** The same choices, as the domain takes them. */
  PreferencesChange toChange() {
    return new PreferencesChange(
        channels,
        optOuts,
        quietStart,
        quietEnd,
        digest,
        digestTime,
        email,
        chatWebhookUrl,
        timezone,
        locale);
  }
}
