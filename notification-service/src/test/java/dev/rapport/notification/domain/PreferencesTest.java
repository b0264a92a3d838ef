package dev.rapport.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quiet hours and digest times in the person's timezone, across midnight and DST. */
class PreferencesTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void quietHoursMayWrapMidnight() {
    PersonPreferences p = quiet("22:00", "07:00");
    // 21:59 Paris (winter, UTC+1): not quiet.
    assertThat(Preferences.quietEnd(p, PARIS, Instant.parse("2026-11-27T20:59:00Z"))).isNull();
    // 22:00 Paris: quiet until 07:00 the next morning.
    assertThat(Preferences.quietEnd(p, PARIS, Instant.parse("2026-11-27T21:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
    // 06:59 Paris: quiet until 07:00 the same morning.
    assertThat(Preferences.quietEnd(p, PARIS, Instant.parse("2026-11-28T05:59:00Z")))
        .isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
    assertThat(Preferences.quietEnd(p, PARIS, Instant.parse("2026-11-28T06:00:00Z"))).isNull();
  }

  @Test
  void quietHoursWithinADayAndNone() {
    PersonPreferences p = quiet("12:00", "13:30");
    assertThat(Preferences.quietEnd(p, PARIS, Instant.parse("2026-07-01T10:15:00Z")))
        .isEqualTo(Instant.parse("2026-07-01T11:30:00Z")); // summer, UTC+2
    assertThat(Preferences.quietEnd(quiet("09:00", "09:00"), PARIS, Instant.now())).isNull();
    assertThat(Preferences.quietEnd(PersonPreferences.defaults("x"), PARIS, Instant.now()))
        .isNull();
  }

  @Test
  void theLatestDigestTimeIsTodaysOrYesterdays() {
    PersonPreferences daily = PersonPreferences.defaults("x");
    daily.digest = DigestSchedule.DAILY;
    daily.digestTime = LocalTime.of(8, 0);
    assertThat(Preferences.lastDigestSlot(daily, PARIS, Instant.parse("2026-11-27T07:30:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
    assertThat(Preferences.lastDigestSlot(daily, PARIS, Instant.parse("2026-11-27T06:30:00Z")))
        .isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
    PersonPreferences hourly = PersonPreferences.defaults("x");
    hourly.digest = DigestSchedule.HOURLY;
    assertThat(
            Preferences.lastDigestSlot(
                hourly, ZoneId.of("Asia/Kolkata"), Instant.parse("2026-11-27T07:10:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T06:30:00Z")); // top of the hour in India, UTC+5:30
  }

  @Test
  void criticalBypassesQuietHoursAndDigestsButNotAnOptOut() {
    PersonPreferences p = quiet("00:00", "23:59");
    p.digest = DigestSchedule.DAILY;
    Contact c = new Contact();
    c.email = "ana@example.com";
    c.timezone = "UTC";
    Instant now = Instant.parse("2026-11-27T12:00:00Z");
    Set<String> types = Set.of("rapport.ticket.opened.v1");
    List<Preferences.Outcome> normal =
        Preferences.decide(p, c, MessageKind.OPENED, types, false, RuleDelivery.IMMEDIATE, now);
    assertThat(normal).extracting(Preferences.Outcome::status).containsOnly(DeliveryStatus.DIGEST);
    List<Preferences.Outcome> critical =
        Preferences.decide(p, c, MessageKind.OPENED, types, true, RuleDelivery.DIGEST, now);
    assertThat(critical)
        .extracting(Preferences.Outcome::status)
        .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.SENT);
    assertThat(critical.get(0).nextAttemptAt()).isEqualTo(now);
    p.optOuts = new String[] {"rapport.ticket.opened.v1"};
    assertThat(
            Preferences.decide(p, c, MessageKind.OPENED, types, true, RuleDelivery.IMMEDIATE, now))
        .extracting(Preferences.Outcome::status)
        .containsOnly(DeliveryStatus.SUPPRESSED);
  }

  private static PersonPreferences quiet(String start, String end) {
    PersonPreferences p = PersonPreferences.defaults("x");
    p.quietStart = LocalTime.parse(start);
    p.quietEnd = LocalTime.parse(end);
    return p;
  }
}
