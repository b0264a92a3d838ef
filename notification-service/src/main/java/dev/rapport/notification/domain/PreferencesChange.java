package dev.rapport.notification.domain;

import java.util.List;
import java.util.Map;

/**
 * A person's choices as they ask for them, replacing the saved ones as a whole: an absent (null)
 * field takes its default. Times are HH:mm; channels are named per kind of message.
 */
public record PreferencesChange(
    Map<String, List<String>> channels,
    List<String> optOuts,
    String quietStart,
    String quietEnd,
    DigestSchedule digest,
    String digestTime,
    String email,
    String chatWebhookUrl,
    String timezone,
    String locale) {}
