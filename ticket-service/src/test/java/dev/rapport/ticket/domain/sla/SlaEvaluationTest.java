package dev.rapport.ticket.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.sla.BusinessCalendar.Span;
import dev.rapport.ticket.domain.sla.SlaFacts.StatusSpan;
import dev.rapport.ticket.domain.sla.SlaReport.ClockReport;
import dev.rapport.ticket.domain.sla.SlaReport.Milestone;
import dev.rapport.ticket.domain.sla.SlaReport.PausedSpan;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of the three clocks, evaluated from a ticket's facts under its terms. */
class SlaEvaluationTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Span NINE_TO_FIVE = new Span(LocalTime.of(9, 0), LocalTime.of(17, 0));
  private static final Set<TicketStatus> WAITING =
      Set.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD);

  private static final BusinessCalendar OFFICE =
      new BusinessCalendar(
          LONDON, weekdays(List.of(NINE_TO_FIVE)), Set.of(LocalDate.of(2026, 12, 28)));

  /** P1 on 24x7: response PT15M, resolution PT4H, update PT1H, a warning at 75 %. */
  private static final SlaTerms P1 = terms(BusinessCalendar.ALWAYS_OPEN, "PT15M", "PT4H", "PT1H");

  /** P3 on 24x7: response PT4H, resolution PT16H, update PT4H. */
  private static final SlaTerms P3 = terms(BusinessCalendar.ALWAYS_OPEN, "PT4H", "PT16H", "PT4H");

  @Test
  void aNewTicketsClocksRunFromItsOpening() {
    Story story = new Story(utc("10:00"));
    SlaReport report = SlaEvaluation.evaluate(P1, story.facts(), utc("10:05"));

    ClockReport response = report.clock(SlaClock.RESPONSE);
    assertThat(response.state()).isEqualTo(ClockState.RUNNING);
    assertThat(response.startedAt()).isEqualTo(utc("10:00"));
    assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(5));
    assertThat(response.remaining()).isEqualTo(Duration.ofMinutes(10));
    assertThat(response.dueAt()).isEqualTo(utc("10:15"));
    assertThat(response.milestones())
        .containsExactly(
            new Milestone(0.75, Instant.parse("2026-12-01T10:11:15Z")),
            new Milestone(1.0, utc("10:15")));
    assertThat(report.clock(SlaClock.RESOLUTION).dueAt()).isEqualTo(utc("14:00"));
    assertThat(report.clock(SlaClock.UPDATE).dueAt()).isEqualTo(utc("11:00"));
    assertThat(report.clock(SlaClock.UPDATE).cycle()).isEqualTo(1);
  }

  @Test
  void aPublicResponseMeetsTheResponseClockAndAnAssignmentOnlyWhenTheTermsSaySo() {
    Story story = new Story(utc("10:00")).assign(utc("10:05"));
    assertThat(SlaEvaluation.evaluate(P1, story.facts(), utc("10:10")).clock(SlaClock.RESPONSE))
        .extracting(ClockReport::state)
        .isEqualTo(ClockState.RUNNING);
    ClockReport byAssignment =
        SlaEvaluation.evaluate(assignmentResponds(P1), story.facts(), utc("10:10"))
            .clock(SlaClock.RESPONSE);
    assertThat(byAssignment.state()).isEqualTo(ClockState.MET);
    assertThat(byAssignment.stoppedAt()).isEqualTo(utc("10:05"));
    assertThat(byAssignment.dueAt()).isNull();

    story.respond(utc("10:20"));
    ClockReport late =
        SlaEvaluation.evaluate(P1, story.facts(), utc("11:00")).clock(SlaClock.RESPONSE);
    assertThat(late.state()).isEqualTo(ClockState.BREACHED);
    assertThat(late.stoppedAt()).isEqualTo(utc("10:20"));
    assertThat(late.elapsed()).isEqualTo(Duration.ofMinutes(20));
    assertThat(late.remaining()).isZero();
    assertThat(late.dueAt()).isEqualTo(utc("10:15"));
  }

  @Test
  void aWeekendCountsNothing() {
    // Friday 16:00: one business hour on Friday, three more on Monday from 09:00.
    Story story = new Story(london(2026, 12, 4, 16, 0));
    SlaTerms office = terms(OFFICE, "PT1H", "PT4H", "PT2H");
    ClockReport resolution =
        SlaEvaluation.evaluate(office, story.facts(), london(2026, 12, 7, 10, 0))
            .clock(SlaClock.RESOLUTION);
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(resolution.dueAt()).isEqualTo(london(2026, 12, 7, 12, 0));
    assertThat(resolution.state()).isEqualTo(ClockState.RUNNING);
  }

  @Test
  void aHolidayCountsNothing() {
    // Friday 25th 16:30; Monday 28th is a holiday, so the hour ends on Tuesday 09:30.
    ClockReport response =
        response(OFFICE, london(2026, 12, 25, 16, 30), london(2026, 12, 28, 12, 0), "PT1H");
    assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(response.dueAt()).isEqualTo(london(2026, 12, 29, 9, 30));
  }

  @Test
  void severalSpansADayCountOnlyTheirOpenTime() {
    Span morning = new Span(LocalTime.of(9, 0), LocalTime.of(12, 0));
    Span afternoon = new Span(LocalTime.of(13, 0), LocalTime.of(17, 0));
    BusinessCalendar lunch =
        new BusinessCalendar(LONDON, weekdays(List.of(morning, afternoon)), Set.of());
    ClockReport response =
        response(lunch, london(2026, 12, 2, 11, 0), london(2026, 12, 2, 13, 30), "PT2H");
    assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(response.dueAt()).isEqualTo(london(2026, 12, 2, 14, 0));
  }

  @Test
  void daylightSavingChangesCountWallClockHours() {
    BusinessCalendar londonDaily =
        new BusinessCalendar(LONDON, BusinessCalendar.allWeek(List.of(NINE_TO_FIVE)), Set.of());
    BusinessCalendar newYorkDaily =
        new BusinessCalendar(NEW_YORK, BusinessCalendar.allWeek(List.of(NINE_TO_FIVE)), Set.of());
    // Each opened at 16:00 the day before the change, PT2H: one hour that day, one the next.
    assertThat(responseDue(londonDaily, LocalDateTime.of(2027, 3, 27, 16, 0), LONDON))
        .isEqualTo(Instant.parse("2027-03-28T09:00:00Z")); // 10:00 BST
    assertThat(responseDue(londonDaily, LocalDateTime.of(2026, 10, 24, 16, 0), LONDON))
        .isEqualTo(Instant.parse("2026-10-25T10:00:00Z")); // 10:00 GMT
    assertThat(responseDue(newYorkDaily, LocalDateTime.of(2027, 3, 13, 16, 0), NEW_YORK))
        .isEqualTo(Instant.parse("2027-03-14T14:00:00Z")); // 10:00 EDT
    assertThat(responseDue(newYorkDaily, LocalDateTime.of(2026, 10, 31, 16, 0), NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-01T15:00:00Z")); // 10:00 EST
  }

  @Test
  void waitingOnTheCustomerPausesResolutionAndUpdateButNotResponse() {
    Story story =
        new Story(utc("10:00"))
            .move(TicketStatus.WAITING_ON_CUSTOMER, utc("10:30"), "asked for logs");
    SlaReport paused = SlaEvaluation.evaluate(P1, story.facts(), utc("11:00"));
    ClockReport resolution = paused.clock(SlaClock.RESOLUTION);
    assertThat(resolution.state()).isEqualTo(ClockState.PAUSED);
    assertThat(resolution.dueAt()).isNull();
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(resolution.paused())
        .containsExactly(new PausedSpan(utc("10:30"), null, "waiting on customer: asked for logs"));
    assertThat(resolution.milestones()).extracting(Milestone::at).containsOnlyNulls();
    assertThat(paused.clock(SlaClock.UPDATE).state()).isEqualTo(ClockState.PAUSED);
    assertThat(paused.clock(SlaClock.RESPONSE).state()).isEqualTo(ClockState.BREACHED);

    story.move(TicketStatus.IN_PROGRESS, utc("11:30"), null);
    ClockReport resumed =
        SlaEvaluation.evaluate(P1, story.facts(), utc("12:00")).clock(SlaClock.RESOLUTION);
    assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
    assertThat(resumed.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(resumed.dueAt()).isEqualTo(utc("15:00"));
    assertThat(resumed.paused())
        .containsExactly(
            new PausedSpan(utc("10:30"), utc("11:30"), "waiting on customer: asked for logs"));
  }

  @Test
  void aReopenResumesResolutionWithTheElapsedTimeKept() {
    Story story = new Story(utc("10:00")).move(TicketStatus.RESOLVED, utc("10:50"), null);
    SlaReport resolved = SlaEvaluation.evaluate(P1, story.facts(), utc("12:00"));
    ClockReport met = resolved.clock(SlaClock.RESOLUTION);
    assertThat(met.state()).isEqualTo(ClockState.MET);
    assertThat(met.stoppedAt()).isEqualTo(utc("10:50"));
    assertThat(met.elapsed()).isEqualTo(Duration.ofMinutes(50));
    assertThat(met.dueAt()).isNull();
    assertThat(resolved.clock(SlaClock.UPDATE).state()).isEqualTo(ClockState.MET);

    story.move(TicketStatus.IN_PROGRESS, utc("13:00"), "still broken");
    ClockReport reopened =
        SlaEvaluation.evaluate(P1, story.facts(), utc("13:30")).clock(SlaClock.RESOLUTION);
    assertThat(reopened.state()).isEqualTo(ClockState.RUNNING);
    assertThat(reopened.stoppedAt()).isNull();
    assertThat(reopened.elapsed()).isEqualTo(Duration.ofMinutes(80));
    assertThat(reopened.dueAt()).isEqualTo(utc("16:10"));
    assertThat(reopened.paused())
        .containsExactly(new PausedSpan(utc("10:50"), utc("13:00"), "resolved"));
  }

  @Test
  void aRaisedPriorityCountsFromTheOpeningWithThePauseStillExcluded() {
    Story story =
        new Story(utc("08:00"))
            .move(TicketStatus.WAITING_ON_CUSTOMER, utc("09:00"), null)
            .move(TicketStatus.IN_PROGRESS, utc("11:00"), null);
    ClockReport underP3 =
        SlaEvaluation.evaluate(P3, story.facts(), utc("15:00")).clock(SlaClock.RESOLUTION);
    assertThat(underP3.state()).isEqualTo(ClockState.RUNNING);
    assertThat(underP3.dueAt()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));

    // Raised to P1 at 15:00: 7 h since 08:00 less the 2 h pause: breached at once, due
    // 14:00
    // (not 12:00, which would lose the pause; not 19:00, which would count from the change).
    ClockReport underP1 =
        SlaEvaluation.evaluate(P1, story.facts(), utc("15:00")).clock(SlaClock.RESOLUTION);
    assertThat(underP1.state()).isEqualTo(ClockState.BREACHED);
    assertThat(underP1.elapsed()).isEqualTo(Duration.ofHours(5));
    assertThat(underP1.dueAt()).isEqualTo(utc("14:00"));
    assertThat(underP1.paused()).hasSize(1);

    // Lowered again: the same facts under P3 run again.
    assertThat(
            SlaEvaluation.evaluate(P3, story.facts(), utc("15:01"))
                .clock(SlaClock.RESOLUTION)
                .state())
        .isEqualTo(ClockState.RUNNING);
  }

  @Test
  void aLoweredPriorityTakesABreachedClockBackToRunning() {
    Story story =
        new Story(utc("08:00"))
            .move(TicketStatus.ON_HOLD, utc("08:30"), "vendor")
            .move(TicketStatus.IN_PROGRESS, utc("09:30"), null);
    assertThat(
            SlaEvaluation.evaluate(P1, story.facts(), utc("10:00")).clock(SlaClock.UPDATE).state())
        .isEqualTo(ClockState.BREACHED);
    ClockReport update =
        SlaEvaluation.evaluate(P3, story.facts(), utc("10:00")).clock(SlaClock.UPDATE);
    assertThat(update.state()).isEqualTo(ClockState.RUNNING);
    assertThat(update.dueAt()).isEqualTo(utc("13:00"));
  }

  @Test
  void eachUpdateResetStartsANewCycle() {
    Story story = new Story(utc("10:00")).reset(utc("10:40")).reset(utc("11:50"));
    ClockReport update =
        SlaEvaluation.evaluate(P1, story.facts(), utc("12:00")).clock(SlaClock.UPDATE);
    assertThat(update.cycle()).isEqualTo(3);
    assertThat(update.startedAt()).isEqualTo(utc("11:50"));
    assertThat(update.elapsed()).isEqualTo(Duration.ofMinutes(10));
    assertThat(update.dueAt()).isEqualTo(utc("12:50"));

    story.move(TicketStatus.WAITING_ON_CUSTOMER, utc("12:10"), null);
    story.move(TicketStatus.IN_PROGRESS, utc("12:30"), null);
    ClockReport afterPause =
        SlaEvaluation.evaluate(P1, story.facts(), utc("12:40")).clock(SlaClock.UPDATE);
    assertThat(afterPause.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(afterPause.dueAt()).isEqualTo(utc("13:10"));
    assertThat(afterPause.paused())
        .containsExactly(new PausedSpan(utc("12:10"), utc("12:30"), "waiting on customer"));
  }

  @Test
  void milestonesFallInThePastAndTheFutureAroundAPause() {
    SlaTerms twoWarnings =
        new SlaTerms(
            P1.policyId(),
            P1.policyName(),
            P1.calendarName(),
            P1.calendar(),
            P1.targets(),
            List.of(0.75, 0.5),
            P1.pausingStatuses(),
            false);
    Story story =
        new Story(utc("10:00"))
            .move(TicketStatus.WAITING_ON_CUSTOMER, utc("10:20"), null)
            .move(TicketStatus.IN_PROGRESS, utc("10:40"), null);
    assertThat(
            SlaEvaluation.evaluate(twoWarnings, story.facts(), utc("11:00"))
                .clock(SlaClock.UPDATE)
                .milestones())
        .containsExactly(
            new Milestone(0.5, utc("10:50")),
            new Milestone(0.75, utc("11:05")),
            new Milestone(1.0, utc("11:20")));

    story.move(TicketStatus.RESOLVED, utc("10:55"), null);
    ClockReport stopped =
        SlaEvaluation.evaluate(twoWarnings, story.facts(), utc("11:00")).clock(SlaClock.UPDATE);
    assertThat(stopped.state()).isEqualTo(ClockState.MET);
    assertThat(stopped.milestones())
        .containsExactly(
            new Milestone(0.5, utc("10:50")), new Milestone(0.75, null), new Milestone(1.0, null));
  }

  private static Instant responseDue(BusinessCalendar calendar, LocalDateTime opened, ZoneId zone) {
    Instant openedAt = opened.atZone(zone).toInstant();
    return response(calendar, openedAt, openedAt, "PT2H").dueAt();
  }

  /** The RESPONSE clock at {@code now} of a ticket opened at {@code openedAt} and left alone. */
  private static ClockReport response(
      BusinessCalendar calendar, Instant openedAt, Instant now, String target) {
    return SlaEvaluation.evaluate(
            terms(calendar, target, "PT8H", "PT4H"), new Story(openedAt).facts(), now)
        .clock(SlaClock.RESPONSE);
  }

  private static SlaTerms terms(
      BusinessCalendar calendar, String response, String resolution, String update) {
    return new SlaTerms(
        UUID.randomUUID(),
        "test",
        "test calendar",
        calendar,
        Map.of(
            SlaClock.RESPONSE, Duration.parse(response),
            SlaClock.RESOLUTION, Duration.parse(resolution),
            SlaClock.UPDATE, Duration.parse(update)),
        List.of(0.75),
        Map.of(SlaClock.RESOLUTION, WAITING, SlaClock.UPDATE, WAITING),
        false);
  }

  private static SlaTerms assignmentResponds(SlaTerms terms) {
    return new SlaTerms(
        terms.policyId(),
        terms.policyName(),
        terms.calendarName(),
        terms.calendar(),
        terms.targets(),
        terms.warningThresholds(),
        terms.pausingStatuses(),
        true);
  }

  /** 1 December 2026 at {@code time} UTC. */
  private static Instant utc(String time) {
    return Instant.parse("2026-12-01T" + time + ":00Z");
  }

  private static Instant london(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
  }

  private static Map<DayOfWeek, List<Span>> weekdays(List<Span> spans) {
    Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, day.getValue() <= 5 ? spans : List.of());
    }
    return week;
  }

  /** A ticket's facts as they accumulate: opened NEW, then moves, responses, resets. */
  private static final class Story {
    private final Instant openedAt;
    private final List<StatusSpan> statuses = new ArrayList<>();
    private final List<Instant> resets = new ArrayList<>();
    private Instant responded;
    private Instant assigned;

    Story(Instant openedAt) {
      this.openedAt = openedAt;
      statuses.add(new StatusSpan(TicketStatus.NEW, openedAt, null, null));
    }

    Story move(TicketStatus status, Instant at, String reason) {
      StatusSpan current = statuses.remove(statuses.size() - 1);
      statuses.add(new StatusSpan(current.status(), current.from(), at, current.reason()));
      statuses.add(new StatusSpan(status, at, null, reason));
      return this;
    }

    Story respond(Instant at) {
      responded = at;
      return this;
    }

    Story assign(Instant at) {
      assigned = at;
      return this;
    }

    Story reset(Instant at) {
      resets.add(at);
      return this;
    }

    SlaFacts facts() {
      return new SlaFacts(openedAt, statuses, responded, assigned, resets);
    }
  }
}
