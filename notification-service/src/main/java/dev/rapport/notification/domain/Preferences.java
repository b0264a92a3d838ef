package dev.rapport.notification.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a person's choices shape one message: on which channels (per kind of message; e-mail and
 * in-app unless they chose otherwise; in-app always), whether it is suppressed (opt-out per event
 * type), held until their quiet hours end (in their timezone), or gathered into a digest. Critical
 * messages bypass quiet hours and digests, never an opt-out.
 */
public final class Preferences {
  /** Channels of a kind of message the person did not choose for. */
  public static final List<Channel> DEFAULT_CHANNELS = List.of(Channel.EMAIL, Channel.IN_APP);

  /** Channels a person may choose (WEBHOOK is for subscriptions). */
  public static final Set<Channel> PERSONAL_CHANNELS =
      Set.of(Channel.EMAIL, Channel.CHAT, Channel.IN_APP);

  private Preferences() {}

  /** One channel's outcome: where it goes, and its first status. */
  public record Outcome(
      Channel channel, String address, DeliveryStatus status, Instant nextAttemptAt) {}

  /**
   * @param ruleEventTypes the event's CloudEvent type and its rule type (an internal note's)
   * @param rule how the audience rule delivers it (DIGEST gathers it even for IMMEDIATE people)
   */
  public static List<Outcome> decide(
      PersonPreferences prefs,
      Contact contact,
      MessageKind kind,
      Set<String> ruleEventTypes,
      boolean critical,
      RuleDelivery rule,
      Instant now) {
    boolean optedOut = Arrays.stream(prefs.optOuts).anyMatch(ruleEventTypes::contains);
    boolean digest =
        !critical
            && kind.digestible()
            && (rule == RuleDelivery.DIGEST || prefs.digest != DigestSchedule.IMMEDIATE);
    Instant quietUntil = critical ? null : quietEnd(prefs, zone(prefs, contact), now);
    List<Outcome> outcomes = new ArrayList<>();
    for (Channel channel : channels(prefs, kind)) {
      String address = address(prefs, contact, channel);
      if (channel != Channel.IN_APP && address == null) {
        continue; // no address for it: the other channels still carry the message
      }
      if (optedOut) {
        outcomes.add(new Outcome(channel, address, DeliveryStatus.SUPPRESSED, null));
      } else if (digest) {
        outcomes.add(new Outcome(channel, address, DeliveryStatus.DIGEST, null));
      } else if (channel == Channel.IN_APP) {
        // The inbox makes no noise, so quiet hours do not hold it back.
        outcomes.add(new Outcome(channel, null, DeliveryStatus.SENT, null));
      } else {
        outcomes.add(
            new Outcome(
                channel, address, DeliveryStatus.PENDING, quietUntil == null ? now : quietUntil));
      }
    }
    return outcomes;
  }

  /** The channels for a kind of message: the person's choice or the defaults, plus IN_APP. */
  public static List<Channel> channels(PersonPreferences prefs, MessageKind kind) {
    Set<Channel> channels = new LinkedHashSet<>();
    List<String> chosen = prefs.channels == null ? null : prefs.channels.get(kind.name());
    if (chosen == null) {
      channels.addAll(DEFAULT_CHANNELS);
    } else {
      for (String c : chosen) {
        try {
          Channel channel = Channel.valueOf(c);
          if (PERSONAL_CHANNELS.contains(channel)) {
            channels.add(channel);
          }
        } catch (IllegalArgumentException e) {
          // validated on the way in; a value from an older version is ignored
        }
      }
    }
    channels.add(Channel.IN_APP);
    return List.copyOf(channels);
  }

  static String address(PersonPreferences prefs, Contact contact, Channel channel) {
    return switch (channel) {
      case EMAIL -> prefs.email != null ? prefs.email : contact.email;
      case CHAT -> prefs.chatWebhookUrl;
      default -> null;
    };
  }

  /** The person's timezone: their own choice, else HR's, else UTC. */
  public static ZoneId zone(PersonPreferences prefs, Contact contact) {
    for (String candidate :
        new String[] {prefs.timezone, contact == null ? null : contact.timezone}) {
      if (candidate != null && !candidate.isBlank()) {
        try {
          return ZoneId.of(candidate.strip());
        } catch (DateTimeException e) {
          // an HR value Java does not know: try the next
        }
      }
    }
    return ZoneOffset.UTC;
  }

  /** The person's language: their own choice, else HR's, else English. */
  public static Locale locale(PersonPreferences prefs, Contact contact) {
    String tag = prefs.locale != null ? prefs.locale : contact == null ? null : contact.locale;
    if (tag == null || tag.isBlank()) {
      return Locale.ENGLISH;
    }
    return Locale.forLanguageTag(tag.strip().replace('_', '-'));
  }

  /**
   * When the quiet hours that {@code now} falls in end, or null outside quiet hours. Quiet hours
   * may wrap midnight (22:00 to 07:00); equal start and end mean none.
   */
  public static Instant quietEnd(PersonPreferences prefs, ZoneId zone, Instant now) {
    LocalTime start = prefs.quietStart;
    LocalTime end = prefs.quietEnd;
    if (start == null || end == null || start.equals(end)) {
      return null;
    }
    ZonedDateTime local = now.atZone(zone);
    LocalTime t = local.toLocalTime();
    LocalDate today = local.toLocalDate();
    if (start.isBefore(end)) {
      return !t.isBefore(start) && t.isBefore(end)
          ? ZonedDateTime.of(today, end, zone).toInstant()
          : null;
    }
    if (!t.isBefore(start)) {
      return ZonedDateTime.of(today.plusDays(1), end, zone).toInstant();
    }
    if (t.isBefore(end)) {
      return ZonedDateTime.of(today, end, zone).toInstant();
    }
    return null;
  }

  /**
   * The latest digest time at or before {@code now}: the top of the hour for HOURLY, otherwise
   * (DAILY, and IMMEDIATE people with digest-rule messages) today's or yesterday's digest time.
   * Messages gathered before it are due.
   */
  public static Instant lastDigestSlot(PersonPreferences prefs, ZoneId zone, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    if (prefs.digest == DigestSchedule.HOURLY) {
      return local.truncatedTo(ChronoUnit.HOURS).toInstant();
    }
    LocalTime at = prefs.digestTime == null ? LocalTime.of(8, 0) : prefs.digestTime;
    ZonedDateTime today = ZonedDateTime.of(local.toLocalDate(), at, zone);
    return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
  }
}
