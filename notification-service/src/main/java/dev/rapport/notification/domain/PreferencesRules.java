package dev.rapport.notification.domain;

import dev.rapport.support.outbound.OutboundGuard;
import dev.rapport.support.problem.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What makes preferences acceptable beyond each field's format. */
public final class PreferencesRules {
  private PreferencesRules() {}

  /** Every field error of {@code r}, none when it is acceptable. */
  public static List<FieldError> check(PreferencesChange r, OutboundGuard guard) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> kinds = names(MessageKind.values());
    if (r.channels() != null) {
      for (Map.Entry<String, List<String>> e : r.channels().entrySet()) {
        String field = "channels." + e.getKey();
        if (!kinds.contains(e.getKey())) {
          errors.add(
              new FieldError(field, "unknown kind of message; one of " + String.join(", ", kinds)));
          continue;
        }
        if (e.getValue() == null) {
          errors.add(new FieldError(field, "must be a list of channels"));
          continue;
        }
        for (String c : e.getValue()) {
          Channel channel = channel(c);
          if (channel == null || !Preferences.PERSONAL_CHANNELS.contains(channel)) {
            errors.add(
                new FieldError(field, "'" + c + "' is not a channel; one of EMAIL, CHAT, IN_APP"));
          } else if (channel == Channel.CHAT && blankToNull(r.chatWebhookUrl()) == null) {
            errors.add(new FieldError(field, "CHAT needs chatWebhookUrl"));
          }
        }
      }
    }
    if (r.optOuts() != null) {
      for (int i = 0; i < r.optOuts().size(); i++) {
        String type = r.optOuts().get(i);
        if (type == null || !AudienceRules.EVENT_TYPES.contains(type.strip())) {
          errors.add(
              new FieldError(
                  "optOuts[" + i + "]",
                  "'"
                      + type
                      + "' is not an event type messages are made of; one of "
                      + String.join(", ", AudienceRules.EVENT_TYPES)));
        }
      }
    }
    if ((r.quietStart() == null) != (r.quietEnd() == null)) {
      errors.add(
          new FieldError(
              r.quietStart() == null ? "quietStart" : "quietEnd",
              "quiet hours need both quietStart and quietEnd"));
    }
    if (blankToNull(r.timezone()) != null) {
      try {
        ZoneId.of(r.timezone().strip());
      } catch (DateTimeException e) {
        errors.add(
            new FieldError(
                "timezone", "'" + r.timezone() + "' is not an IANA timezone such as Europe/Paris"));
      }
    }
    if (blankToNull(r.chatWebhookUrl()) != null) {
      guard
          .refusalOnSave(r.chatWebhookUrl().strip())
          .ifPresent(reason -> errors.add(new FieldError("chatWebhookUrl", reason)));
    }
    return errors;
  }

  /** The channel named {@code name} (any case), or null when there is none of that name. */
  public static Channel channel(String name) {
    try {
      return name == null ? null : Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(values).forEach(v -> names.add(v.name()));
    return names;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
