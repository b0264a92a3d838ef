package dev.rapport.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.sla.SlaChecker;
import dev.rapport.ticket.domain.sla.SlaPolicyStore;
import dev.rapport.ticket.domain.sla.SlaTracking;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker announces what falls due with nobody touching the ticket, each warning and breach
 * once: passes repeated, two checkers at once, evaluations repeated as after a restart, a policy
 * edited or a priority raised mid-flight. Shipped P1 terms: response PT15M, update PT1H, 24x7,
 * warning at 75 %.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaCheckerTest {
  private static final String WARNING = "rapport.ticket.sla-warning.v1";
  private static final String BREACHED = "rapport.ticket.sla-breached.v1";

  /** Each test starts a day after the one before, so that no ticket sees time run backwards. */
  private static final AtomicLong DAYS = new AtomicLong();

  @Inject TestClock clock;
  @Inject SlaChecker checker;
  @Inject SlaTracking tracking;
  @Inject SlaPolicyStore policies;
  @Inject EntityManager em;

  @AfterEach
  void systemTime() {
    clock.reset();
  }

  @Test
  void aWarningThenABreachGoOutOnceHoweverManyPassesAndRestarts() {
    Instant opened = start();
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"), p1("Payroll run failed"));
      at(opened, 5);
      at(opened, 12);
      at(opened, 13);
      at(opened, 16);
      at(opened, 17);
      // As after a restart: only what is stored counts, so evaluating again announces nothing.
      evaluateAgain(id);
      evaluateAgain(id);

      List<TopicReader.Event> sla = SlaEvents.of(topic, id, "RESPONSE");

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(WARNING, BREACHED);
      JsonNode warning = sla.get(0).data();
      assertThat(warning.at("/reason").asText()).isEqualTo("75% of the PT15M response target used");
      assertThat(warning.at("/actor").asText()).isEqualTo("system");
      assertThat(Instant.parse(warning.at("/dueAt").asText()))
          .isEqualTo(opened.plus(Duration.ofMinutes(15)));
      assertThat(warning.at("/ticket/sla/response").asText()).isEqualTo("RUNNING");
      JsonNode breach = sla.get(1).data();
      assertThat(breach.at("/reason").asText()).isEqualTo("the PT15M response target passed");
      assertThat(breach.at("/ticket/sla/response").asText()).isEqualTo("BREACHED");
      for (TopicReader.Event event : sla) {
        assertThat(EventSchemas.violations(event.type(), event.data())).isEmpty();
      }
    }
  }

  @Test
  void eachUpdateCycleIsAnnouncedOnItsOwn() {
    Instant opened = start();
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"), p1("Mail queue stuck"));
      at(opened, 61);
      clock.set(opened.plus(Duration.ofMinutes(70)));
      Api.agent()
          .body(Map.of("visibility", "PUBLIC", "body", "We are restarting the mail relays."))
          .post("/api/v1/tickets/{id}/updates", id)
          .then()
          .statusCode(201);
      at(opened, 116);
      at(opened, 131);
      at(opened, 132);

      List<TopicReader.Event> sla = SlaEvents.of(topic, id, "UPDATE");

      assertThat(sla)
          .extracting(TopicReader.Event::type)
          .containsExactly(BREACHED, WARNING, BREACHED);
      int first = sla.get(0).data().at("/cycle").asInt();
      assertThat(sla)
          .extracting(e -> e.data().at("/cycle").asInt())
          .containsExactly(first, first + 1, first + 1);
      assertThat(Instant.parse(sla.get(2).data().at("/dueAt").asText()))
          .isEqualTo(opened.plus(Duration.ofMinutes(130)));
    }
  }

  @Test
  void twoCheckersAtOnceAnnounceNothingTwiceAndMissNothing() throws Exception {
    Instant opened = start();
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        ids.add(Api.open(Api.uniquePerson("requester"), p1("Outage " + i)));
      }
      clock.set(opened.plus(Duration.ofMinutes(12)));
      SlaEvents.together(
          2,
          () -> {
            checker.pass();
            checker.pass();
          });

      for (String id : ids) {
        assertThat(SlaEvents.of(topic, id, "RESPONSE"))
            .extracting(TopicReader.Event::type)
            .containsExactly(WARNING);
      }
    }
  }

  @Test
  void aPolicyEditedToAShorterTargetBreachesOpenTicketsAtOnceNamingThePolicy() {
    Instant opened = start();
    String service = businessService();
    String policy = "Checker bench " + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into sla_policies (id, name, priority, business_service_id,"
                          + " calendar_id, response_target, resolution_target, update_target,"
                          + " warning_thresholds, response_pausing, resolution_pausing,"
                          + " update_pausing, created_at, updated_at)"
                          + " select gen_random_uuid(), :name, 'P1', :service, calendar_id, 'PT2H',"
                          + " 'PT8H', 'PT4H', '{0.75}', '{}', '{}', '{}', now(), now()"
                          + " from sla_policies where name = 'P1 critical'")
                  .setParameter("name", policy)
                  .setParameter("service", UUID.fromString(service))
                  .executeUpdate();
              policies.changed("policy '" + policy + "' created");
            });
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      Map<String, Object> body = p1("Payroll export hangs");
      body.put("businessServiceId", service);
      String id = Api.open(Api.uniquePerson("alice"), body);
      at(opened, 20);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                em.createNativeQuery(
                        "update sla_policies set response_target = 'PT15M' where name = :name")
                    .setParameter("name", policy)
                    .executeUpdate();
                policies.changed("policy '" + policy + "' changed");
              });
      at(opened, 20);
      at(opened, 21);

      List<TopicReader.Event> sla = SlaEvents.of(topic, id, "RESPONSE");

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(BREACHED);
      assertThat(sla.get(0).data().at("/reason").asText())
          .isEqualTo("policy '" + policy + "' changed");
      assertThat(sla.get(0).data().at("/ticket/sla/policy").asText()).isEqualTo(policy);
      assertThat(recheckCause(id)).isNull();
    }
  }

  @Test
  void aPriorityRaisedPastItsNewTargetBreachesAtOnceSayingSo() {
    Instant opened = start();
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      Map<String, Object> body = p1("Scanner slow");
      body.put("impact", "MEDIUM");
      body.put("urgency", "MEDIUM");
      String id = Api.open(Api.uniquePerson("alice"), body);
      clock.set(opened.plus(Duration.ofMinutes(20)));
      Api.agent()
          .body(Map.of("impact", "HIGH", "urgency", "HIGH"))
          .patch("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200);
      at(opened, 21);

      List<TopicReader.Event> sla = SlaEvents.of(topic, id, "RESPONSE");

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(BREACHED);
      assertThat(sla.get(0).data().at("/reason").asText())
          .isEqualTo("priority raised from P3 to P1");
      assertThat(sla.get(0).data().at("/actor").asText()).isEqualTo("dana@example.com");
    }
  }

  /** A minute past the second, well after any other test's clock. */
  private Instant start() {
    Instant opened =
        Instant.now().plus(Duration.ofDays(DAYS.incrementAndGet())).truncatedTo(ChronoUnit.MINUTES);
    clock.set(opened);
    checker.pass();
    return opened;
  }

  /** Sets the clock {@code minutes} after {@code opened} and runs two checker passes. */
  private void at(Instant opened, int minutes) {
    clock.set(opened.plus(Duration.ofMinutes(minutes)));
    checker.pass();
    checker.pass();
  }

  private void evaluateAgain(String id) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                tracking.reevaluate(
                    em.find(Ticket.class, UUID.fromString(id)), clock.instant(), null));
  }

  private static Map<String, Object> p1(String title) {
    Map<String, Object> body = Api.incident(title);
    body.put("impact", "HIGH");
    body.put("urgency", "HIGH");
    return body;
  }

  private static String businessService() {
    return Api.as("root@example.com", "admin")
        .body(Map.of("name", "Payroll " + UUID.randomUUID()))
        .post("/api/v1/services")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String recheckCause(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery(
                            "select recheck_cause from ticket_sla where ticket_id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .getSingleResult());
  }
}
