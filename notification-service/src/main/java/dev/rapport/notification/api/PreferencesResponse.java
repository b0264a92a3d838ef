package dev.rapport.notification.api;

import dev.rapport.notification.channel.UrlRedaction;
import dev.rapport.notification.domain.DigestSchedule;
import dev.rapport.notification.domain.PersonPreferences;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's notification preferences; absent = the defaults")
public record PreferencesResponse(
    String userName,
    @Schema(description = "Channels chosen per kind of message; kinds not listed get EMAIL, IN_APP")
        Map<String, List<String>> channels,
    List<String> optOuts,
    String quietStart,
    String quietEnd,
    DigestSchedule digest,
    String digestTime,
    String email,
    @Schema(
            description =
                "Redacted (query dropped, key-like path segments as ***); sending it back unchanged"
                    + " keeps the saved URL")
        String chatWebhookUrl,
    String timezone,
    String locale,
    @Schema(description = "Null while the person has kept the defaults") Instant updatedAt) {

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
