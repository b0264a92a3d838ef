package dev.rapport.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.notification.NotificationRef;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.skills.TrainingPlanSnapshot;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestTickets;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stream of real ticket, notification, skills and survey events on the broker, through the
 * consumers, gives the metrics API the figures computed by hand below (last week: tickets, SLA,
 * cadence, notifications, gaps; this week: CSAT and a new ticket); a redelivered event counts once.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class MetricsFlowTest {

  @Inject ObjectMapper json;
  @Inject TestClock clock;

  /** Their own requester: the fatigue interval of the surveys engagement-service asks holds. */
  private final String requester = TestCallers.userName("req");

  private final String team = UUID.randomUUID().toString();
  private final UUID service = UUID.randomUUID();
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate thisMonday =
      today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  private final LocalDate monday = thisMonday.minusWeeks(1);

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theMetricsAreTheHandComputedFiguresOfTheEventStream() {
    Instant asOf = today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(12, ChronoUnit.HOURS);
    clock.set(asOf);
    String lead = TestCallers.userName("lead");
    double trainingBefore = overviewLastWeek(lead, "trainingPlansCompleted").getDouble("value");
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    UUID d = UUID.randomUUID();
    UUID e = UUID.randomUUID();
    try (CloudEventWriter tickets = TestEventWriters.tickets(json)) {
      // A: opened Mon 09:00, sam answers 09:30, resolves 11:00 (never reassigned).
      tickets.publish(
          new TicketOpened(
              t(a, "NEW", null, at(0, 9, 0), sla("RUNNING", "RUNNING", "RUNNING")),
              requester,
              "x"));
      tickets.publish(
          new TicketAssigned(
              t(a, "NEW", "sam", at(0, 9, 10), sla("RUNNING", "RUNNING", "RUNNING")),
              "lee",
              null,
              null));
      tickets.publish(
          status(
              t(a, "ASSIGNED", "sam", at(0, 9, 10), sla("RUNNING", "RUNNING", "RUNNING")), "NEW"));
      tickets.publish(
          update(t(a, "ASSIGNED", "sam", at(0, 9, 30), sla("MET", "RUNNING", "RUNNING")), "sam"));
      tickets.publish(
          status(
              t(a, "IN_PROGRESS", "sam", at(0, 10, 0), sla("MET", "RUNNING", "RUNNING")),
              "ASSIGNED"));
      TicketSummary aResolved = t(a, "RESOLVED", "sam", at(0, 11, 0), sla("MET", "MET", "PAUSED"));
      tickets.publish(status(aResolved, "IN_PROGRESS"));
      String resolvedOnce = tickets.publish(new TicketResolved(aResolved, "sam", "fixed"));
      tickets.publish(new TicketResolved(aResolved, "sam", "fixed"), resolvedOnce); // redelivery
      // B: opened Mon 10:00, sam then kim, RESPONSE breached at 11:00, kim answers 12:00, UPDATE
      // breached at 14:00, waiting 15:00-16:00, kim updates 16:30, resolved 17:00, reopened Tue.
      tickets.publish(
          new TicketOpened(
              t(b, "NEW", null, at(0, 10, 0), sla("RUNNING", "RUNNING", "RUNNING")),
              requester,
              "x"));
      tickets.publish(
          new TicketAssigned(
              t(b, "NEW", "sam", at(0, 10, 5), sla("RUNNING", "RUNNING", "RUNNING")),
              "lee",
              null,
              null));
      tickets.publish(
          status(
              t(b, "ASSIGNED", "sam", at(0, 10, 5), sla("RUNNING", "RUNNING", "RUNNING")), "NEW"));
      tickets.publish(
          new TicketAssigned(
              t(b, "ASSIGNED", "kim", at(0, 10, 20), sla("RUNNING", "RUNNING", "RUNNING")),
              "lee",
              "sam",
              team));
      tickets.publish(
          breach(
              t(b, "ASSIGNED", "kim", at(0, 10, 20), sla("BREACHED", "RUNNING", "RUNNING")),
              "RESPONSE",
              1,
              at(0, 11, 0)));
      tickets.publish(
          update(
              t(b, "ASSIGNED", "kim", at(0, 12, 0), sla("BREACHED", "RUNNING", "RUNNING")), "kim"));
      tickets.publish(
          breach(
              t(b, "ASSIGNED", "kim", at(0, 12, 0), sla("BREACHED", "RUNNING", "BREACHED")),
              "UPDATE",
              2,
              at(0, 14, 0)));
      tickets.publish(
          status(
              t(b, "WAITING_ON_CUSTOMER", "kim", at(0, 15, 0), sla("BREACHED", "PAUSED", "PAUSED")),
              "ASSIGNED"));
      tickets.publish(
          status(
              t(b, "IN_PROGRESS", "kim", at(0, 16, 0), sla("BREACHED", "RUNNING", "BREACHED")),
              "WAITING_ON_CUSTOMER"));
      tickets.publish(
          update(
              t(b, "IN_PROGRESS", "kim", at(0, 16, 30), sla("BREACHED", "RUNNING", "RUNNING")),
              "kim"));
      TicketSummary bResolved =
          t(b, "RESOLVED", "kim", at(0, 17, 0), sla("BREACHED", "MET", "PAUSED"));
      tickets.publish(status(bResolved, "IN_PROGRESS"));
      tickets.publish(new TicketResolved(bResolved, "kim", "fixed"));
      TicketSummary bReopened =
          t(b, "IN_PROGRESS", "kim", at(1, 9, 0), sla("BREACHED", "RUNNING", "RUNNING"));
      tickets.publish(status(bReopened, "RESOLVED"));
      tickets.publish(new TicketReopened(bReopened, requester, "still broken"));
      // C: opened Tue 08:00, left open. D: opened Tue 12:00, cancelled 13:00. E: opened today.
      tickets.publish(new TicketOpened(t(c, "NEW", null, at(1, 8, 0), null), requester, "x"));
      tickets.publish(new TicketOpened(t(d, "NEW", null, at(1, 12, 0), null), requester, "x"));
      TicketSummary dCancelled = t(d, "CANCELLED", null, at(1, 13, 0), null);
      tickets.publish(status(dCancelled, "NEW"));
      tickets.publish(new TicketCancelled(dCancelled, requester, "never mind"));
      TicketSummary eOpened =
          TestTickets.ticket(e, "T-E")
              .teamId(team)
              .businessService(service, "Mail")
              .priority("P2")
              .createdAt(today.atStartOfDay(ZoneOffset.UTC).toInstant())
              .updatedAt(today.atStartOfDay(ZoneOffset.UTC).toInstant())
              .summary();
      tickets.publish(new TicketOpened(eOpened, requester, "x"));
    }
    // The messages name ticket A: wait until the tickets are known, so they count under its team.
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () -> figure(lead, 0, "ticketsOpened") == 4 && figure(lead, 1, "ticketsOpened") == 1);

    try (CloudEventWriter notifications = TestEventWriters.notifications(json);
        CloudEventWriter skills = TestEventWriters.skills(json);
        CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      NotificationRef n1 = ref(a, "REQUESTER");
      NotificationRef n2 = ref(a, "REQUESTER");
      NotificationRef n3 = ref(a, "BUSINESS_OWNER");
      for (NotificationRef ref : List.of(n1, n2, n3)) {
        notifications.publish(new NotificationDelivered(ref, 1, false, at(0, 12, 0)));
      }
      notifications.publish(new NotificationRead(n1, "INBOX", at(0, 13, 0)));
      // Gaps of the team: X MEDIUM Mon, closed Wed; Y HIGH Mon, CRITICAL Tue.
      UUID teamId = UUID.fromString(team);
      UUID x = UUID.randomUUID();
      UUID y = UUID.randomUUID();
      skills.publish(gap(teamId, x, "MEDIUM", "NONE", "OPENED", at(0, 8, 0)));
      skills.publish(gap(teamId, y, "HIGH", "NONE", "OPENED", at(0, 8, 0)));
      skills.publish(gap(teamId, y, "CRITICAL", "HIGH", "CHANGED", at(1, 8, 0)));
      skills.publish(gap(teamId, x, "NONE", "MEDIUM", "CLOSED", at(2, 8, 0)));
      skills.publish(training(at(2, 10, 0)));
      // Surveys, this week: A, B and X asked; B's withdrawn (reopen); A rated 2 then revised to
      // 5, X rated 3.
      UUID surveyA = UUID.randomUUID();
      UUID surveyB = UUID.randomUUID();
      UUID surveyX = UUID.randomUUID();
      SurveyTicket sa = surveyTicket(a);
      SurveyTicket sb = surveyTicket(b);
      SurveyTicket sx = surveyTicket(UUID.randomUUID());
      Instant expires = Instant.now().plus(7, ChronoUnit.DAYS);
      engagement.publish(
          new SurveyRequested(surveyA, sa, requester, expires, List.of(), "https://x"));
      engagement.publish(
          new SurveyRequested(surveyB, sb, requester, expires, List.of(), "https://x"));
      engagement.publish(
          new SurveyRequested(surveyX, sx, requester, expires, List.of(), "https://x"));
      engagement.publish(new SurveyCancelled(surveyB, sb, requester, "reopened"));
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      engagement.publish(new SurveyAnswered(surveyA, sa, requester, 2, "slow", now, false));
      engagement.publish(new SurveyAnswered(surveyA, sa, requester, 5, "fine now", now, true));
      engagement.publish(new SurveyAnswered(surveyX, sx, requester, 3, null, now, false));
    }

    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        // A ratio is null until its first fact arrives; an assertion error is kept and reported.
        .ignoreExceptionsMatching(thrown -> !(thrown instanceof AssertionError))
        .untilAsserted(
            () -> {
              assertThat(figure(lead, 0, "ticketsOpened")).isEqualTo(4); // A, B, C, D
              assertThat(figure(lead, 0, "ticketsResolved")).isEqualTo(2); // A, B (A once)
              // First responses 1800 s (A) and 7200 s (B): median rank 1 of 2, p90 rank 2.
              assertThat(figure(lead, 0, "firstResponseTime.median"))
                  .isCloseTo(1800, withinPercentage(9.1));
              assertThat(figure(lead, 0, "firstResponseTime.p90"))
                  .isCloseTo(7200, withinPercentage(9.1));
              // Resolutions after 7200 s (A: 09:00-11:00) and 25200 s (B: 10:00-17:00).
              assertThat(figure(lead, 0, "timeToResolve.median"))
                  .isCloseTo(7200, withinPercentage(9.1));
              assertThat(figure(lead, 0, "timeToResolve.p90"))
                  .isCloseTo(25200, withinPercentage(9.1));
              // RESPONSE: A met, B breached = 1/2. RESOLUTION: A, B met = 2/2. UPDATE: A's and
              // B's first updates ended unbreached cycles, B's cycle 2 breached = 2/3.
              assertThat(figure(lead, 0, "slaMet.RESPONSE")).isCloseTo(50, within(0.01));
              assertThat(figure(lead, 0, "slaMet.RESOLUTION")).isCloseTo(100, within(0.01));
              assertThat(figure(lead, 0, "slaMet.UPDATE")).isCloseTo(200.0 / 3, within(0.01));
              // Running: A 7200 + B 18000 (10-15h) + B 3600 (16-17h) + D 3600 = 32400 s; late: B
              // 3600 (14-15h) + 1800 (16:00-16:30) = 5400 s; 1 - 5400/32400 = 83.33 %.
              assertThat(figure(lead, 0, "cadenceAdherence"))
                  .isCloseTo(100 * (1 - 5400.0 / 32400), within(0.01));
              assertThat(n(lead, 0, "cadenceAdherence")).isEqualTo(4);
              assertThat(figure(lead, 0, "reopenRate")).isCloseTo(50, within(0.01)); // 1 of 2
              assertThat(figure(lead, 0, "firstAssignmentResolution"))
                  .isCloseTo(50, within(0.01)); // A only
              // Open at the week's end (this Monday 00:00): B (since Mon 10:00, 6 d 14 h) and C
              // (Tue 08:00, 5 d 16 h): (6.5833 + 5.6667) / 2 = 6.125 days.
              assertThat(figure(lead, 0, "backlogAge")).isCloseTo(6.125, within(0.001));
              assertThat(n(lead, 0, "backlogAge")).isEqualTo(2);
              // This week, as of the test clock (today 12:00): B, C and E (since today 00:00).
              double ages = ageDays(asOf, at(0, 10, 0)) + ageDays(asOf, at(1, 8, 0)) + 0.5;
              assertThat(figure(lead, 1, "backlogAge")).isCloseTo(ages / 3, within(0.001));
              assertThat(figure(lead, 0, "notificationsDelivered.REQUESTER")).isEqualTo(2);
              assertThat(figure(lead, 0, "notificationReadRate.REQUESTER"))
                  .isCloseTo(50, within(0.01));
              assertThat(figure(lead, 0, "notificationsDelivered.BUSINESS_OWNER")).isEqualTo(1);
              assertThat(figure(lead, 0, "notificationReadRate.BUSINESS_OWNER")).isZero();
              // Gaps at the week's end: MEDIUM +1 -1, HIGH +1 -1, CRITICAL +1.
              assertThat(figure(lead, 0, "openSkillGaps.MEDIUM")).isZero();
              assertThat(figure(lead, 0, "openSkillGaps.HIGH")).isZero();
              assertThat(figure(lead, 0, "openSkillGaps.CRITICAL")).isEqualTo(1);
              // This week: E opened; CSAT (5 + 3) / 2 = 4.0, 1 of 2 rated 4-5; 2 answers of 3
              // requests: A, B, X published here - B withdrawn + the one engagement-service asks
              // itself when A resolves (B's resolution falls in the requester's fatigue interval).
              assertThat(figure(lead, 1, "ticketsOpened")).isEqualTo(1);
              assertThat(figure(lead, 1, "csat.average")).isCloseTo(4.0, within(0.001));
              assertThat(figure(lead, 1, "csat.satisfied")).isCloseTo(50, within(0.01));
              assertThat(figure(lead, 1, "csat.responseRate")).isCloseTo(200.0 / 3, within(0.01));
              assertThat(overviewLastWeek(lead, "trainingPlansCompleted").getDouble("value"))
                  .isEqualTo(trainingBefore + 1);
            });
    // The business service sees its tickets too.
    JsonPath byService = serviceReport(lead, monday);
    assertThat(byService.getString("scope")).isEqualTo("service:" + service);
    assertThat(byService.getDouble("metrics.find { it.name == 'ticketsOpened' }.series[0].value"))
        .isEqualTo(4);
    // And its backlog, a stock: the days in range, then (from this Monday on) every earlier day.
    assertThat(byService.getDouble("metrics.find { it.name == 'backlogAge' }.series[0].value"))
        .isCloseTo(6.125, within(0.001));
    assertThat(byService.getLong("metrics.find { it.name == 'backlogAge' }.series[0].n"))
        .isEqualTo(2);
    JsonPath serviceThisWeek = serviceReport(lead, thisMonday);
    assertThat(serviceThisWeek.getLong("metrics.find { it.name == 'backlogAge' }.series[0].n"))
        .isEqualTo(3);
  }

  private JsonPath serviceReport(String lead, LocalDate from) {
    return metrics(lead, "/api/v1/metrics/services/{id}", service, from);
  }

  private JsonPath week(String lead, int index, String metric) {
    return report(lead)
        .setRootPath("metrics.find { it.name == '" + metric + "' }.series[" + index + "]");
  }

  private double figure(String lead, int index, String metric) {
    return week(lead, index, metric).getDouble("value");
  }

  private long n(String lead, int index, String metric) {
    return week(lead, index, metric).getLong("n");
  }

  private JsonPath report(String lead) {
    return metrics(lead, "/api/v1/metrics/teams/{team}", team, monday);
  }

  /** A report from {@code from} to today, by WEEK (the default). */
  private JsonPath metrics(String lead, String path, Object scopeId, LocalDate from) {
    return TestCallers.as(lead, "lead")
        .queryParam("from", from.toString())
        .queryParam("to", today.toString())
        .get(path, scopeId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private JsonPath overviewLastWeek(String lead, String metric) {
    return TestCallers.as(lead, "lead")
        .queryParam("from", monday.toString())
        .queryParam("to", monday.plusDays(6).toString())
        .get("/api/v1/metrics/overview")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("metrics.find { it.name == '" + metric + "' }.series[0]");
  }

  private static double ageDays(Instant asOf, Instant created) {
    return (asOf.getEpochSecond() - created.getEpochSecond()) / 86400.0;
  }

  /** Day {@code day} of last week (0 = Monday) at hh:mm UTC. */
  private Instant at(int day, int hour, int minute) {
    return monday.plusDays(day).atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
  }

  private TicketSummary t(
      UUID id, String status, String assignee, Instant updatedAt, SlaSummary sla) {
    Instant createdAt = createdAt(id, updatedAt);
    return TestTickets.ticket(id, "T-" + id.toString().substring(0, 4))
        .status(status)
        .priority("P2")
        .requester(requester)
        .assignee(assignee)
        .teamId(team)
        .businessService(service, "Mail")
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .sla(sla)
        .summary();
  }

  private final java.util.Map<UUID, Instant> created = new java.util.HashMap<>();

  /** A ticket's createdAt: the updatedAt of its first summary. */
  private Instant createdAt(UUID id, Instant updatedAt) {
    return created.computeIfAbsent(id, k -> updatedAt);
  }

  private static SlaSummary sla(String response, String resolution, String update) {
    return new SlaSummary("Standard", null, null, null, response, resolution, update);
  }

  private static TicketStatusChanged status(TicketSummary ticket, String from) {
    return new TicketStatusChanged(ticket, "lee", from, ticket.status(), null);
  }

  private static TicketUpdatePosted update(TicketSummary ticket, String actor) {
    return new TicketUpdatePosted(
        ticket, actor, UUID.randomUUID(), "PUBLIC", "Working on it", false);
  }

  private static TicketSlaBreached breach(
      TicketSummary ticket, String clock, int cycle, Instant due) {
    return new TicketSlaBreached(
        ticket, "system", clock, cycle, 1, "PT1H", due, "PT1H", "target passed");
  }

  private NotificationRef ref(UUID ticket, String audience) {
    return new NotificationRef(
        UUID.randomUUID(),
        UUID.randomUUID().toString(),
        TicketResolved.TYPE,
        ticket,
        "T-A",
        requester,
        audience,
        "IN_APP");
  }

  private static SkillGapChanged gap(
      UUID team, UUID skill, String severity, String previous, String change, Instant at) {
    return new SkillGapChanged(
        team, "Mail team", skill, "Exchange", 3, 2, 1, 1, 1, 0, 0, severity, previous, change, at);
  }

  private static TrainingCompleted training(Instant at) {
    TrainingPlanSnapshot plan =
        new TrainingPlanSnapshot(
            UUID.randomUUID(),
            UUID.randomUUID(),
            TestCallers.userName("trainee"),
            UUID.randomUUID(),
            "Exchange",
            1,
            3,
            null,
            null,
            100,
            "COMPLETED",
            "lee@example.com",
            at.minus(9, ChronoUnit.DAYS),
            at);
    return new TrainingCompleted(plan, 1, 3, "lee@example.com");
  }

  private SurveyTicket surveyTicket(UUID ticket) {
    return new SurveyTicket(
        ticket, "T-S", "Something is broken", "P2", team, "sam", service, "Mail");
  }
}
