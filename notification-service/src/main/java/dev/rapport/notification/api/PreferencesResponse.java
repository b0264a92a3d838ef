package dev.rapport.notification.api;

import dev.rapport.notification.domain.DigestSchedule;
import dev.rapport.notification.domain.PersonPreferences;
import dev.rapport.notification.domain.UrlRedaction;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's notification preferences; absent = the defaults")
public record PreferencesResponse(
    @Schema(required = true, example = "ana@example.com") String userName,
    @Schema(
            required = true,
            description = "Channels chosen per kind of message; kinds not listed get EMAIL, IN_APP",
            example = "{\"UPDATE\": [\"IN_APP\"], \"RESOLUTION\": [\"EMAIL\", \"CHAT\"]}")
        Map<String, List<String>> channels,
    @Schema(required = true, example = "[\"rapport.ticket.task-completed.v1\"]")
        List<String> optOuts,
    @Schema(nullable = true, description = "HH:mm; null = no quiet hours", example = "22:00")
        String quietStart,
    @Schema(nullable = true, description = "HH:mm; null = no quiet hours", example = "07:00")
        String quietEnd,
    @Schema(required = true) DigestSchedule digest,
    @Schema(required = true, description = "HH:mm", example = "08:00") String digestTime,
    @Schema(nullable = true, description = "Null = the address from HR") String email,
    @Schema(
            nullable = true,
            description =
                "Redacted (query dropped, key-like path segments as ***); sending it back unchanged"
                    + " keeps the saved URL; null = none")
        String chatWebhookUrl,
    @Schema(nullable = true, description = "Null = the timezone from HR") String timezone,
    @Schema(nullable = true, description = "Null = the locale from HR") String locale,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "Null while the person has kept the defaults")
        Instant updatedAt) {

  static PreferencesResponse of(PersonPreferences p) {
    return new PreferencesResponse(
        p.userName,
        p.channels == null ? Map.of() : new LinkedHashMap<>(p.channels),
        Arrays.asList(p.optOuts),
        time(p.quietStart),
        time(p.quietEnd),
        p.digest,
        time(p.digestTime),
        p.email,
        UrlRedaction.redact(p.chatWebhookUrl),
        p.timezone,
        p.locale,
        p.updatedAt);
  }

  private static String time(LocalTime t) {
    return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
  }
}
