package dev.rapport.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.sla.SlaAnnouncements;
import dev.rapport.ticket.domain.sla.SlaReport;
import dev.rapport.ticket.domain.sla.SlaTerms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Warnings and breaches go out exactly once per ticket, clock, cycle and threshold, whatever
 * evaluates the clocks and however often: hand-made reports stand for the evaluation.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaAnnouncementsTest {
  private static final String WARNING = "rapport.ticket.sla-warning.v1";
  private static final String BREACHED = "rapport.ticket.sla-breached.v1";
  private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  @Inject SlaAnnouncements announcements;
  @Inject EntityManager em;

  @Test
  void aWarningThenABreachEachGoOutOnceHoweverOftenTheClocksAreEvaluated() {
    SlaTerms terms = SlaReports.terms(List.of(0.75));
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"));
      for (int minutes : new int[] {10, 46, 50, 59, 61, 75, 120}) {
        announce(id, terms, 1, OPENED, minutes, null, "system");
        announce(id, terms, 1, OPENED, minutes, null, "system");
      }

      List<TopicReader.Event> sla = SlaEvents.of(topic, id);

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(WARNING, BREACHED);
      JsonNode warning = sla.get(0).data();
      assertThat(warning.at("/clock").asText()).isEqualTo("UPDATE");
      assertThat(warning.at("/cycle").asInt()).isEqualTo(1);
      assertThat(warning.at("/threshold").asDouble()).isEqualTo(0.75);
      assertThat(warning.at("/target").asText()).isEqualTo("PT1H");
      assertThat(warning.at("/elapsed").asText()).isEqualTo("PT46M");
      assertThat(warning.at("/dueAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
      assertThat(warning.at("/reason").asText()).isEqualTo("75% of the PT1H update target used");
      assertThat(warning.at("/actor").asText()).isEqualTo("system");
      assertThat(warning.at("/ticket/id").asText()).isEqualTo(id);
      assertThat(warning.at("/ticket/sla/policy").asText()).isEqualTo("P2 test");
      assertThat(warning.at("/ticket/sla/update").asText()).isEqualTo("RUNNING");
      assertThat(warning.at("/ticket/sla/nextUpdateDue").asText())
          .isEqualTo("2026-03-02T10:00:00Z");
      JsonNode breach = sla.get(1).data();
      assertThat(breach.at("/threshold").asDouble()).isEqualTo(1.0);
      assertThat(breach.at("/elapsed").asText()).isEqualTo("PT1H1M");
      assertThat(breach.at("/reason").asText()).isEqualTo("the PT1H update target passed");
      assertThat(breach.at("/ticket/sla/update").asText()).isEqualTo("BREACHED");
      for (TopicReader.Event event : sla) {
        assertThat(EventSchemas.violations(event.type(), event.data())).isEmpty();
      }
    }
  }

  @Test
  void eachUpdateCycleBreachesOnItsOwnAndABreachMakesItsWarningMoot() {
    SlaTerms terms = SlaReports.terms(List.of(0.75));
    Instant reset = OPENED.plus(Duration.ofMinutes(90));
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"));
      announce(id, terms, 1, OPENED, 61, null, "system");
      announce(id, terms, 2, reset, 100, null, "system");
      announce(id, terms, 2, reset, 151, null, "system");
      announce(id, terms, 2, reset, 180, null, "system");

      List<TopicReader.Event> sla = SlaEvents.of(topic, id);

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(BREACHED, BREACHED);
      assertThat(sla).extracting(e -> e.data().at("/cycle").asInt()).containsExactly(1, 2);
      assertThat(sla.get(1).data().at("/dueAt").asText()).isEqualTo("2026-03-02T11:30:00Z");
      assertThat(announced(id))
          .containsExactly(
              "UPDATE 1 0.75000 passed together with 100%; not announced",
              "UPDATE 1 1.00000 the PT1H update target passed",
              "UPDATE 2 0.75000 passed together with 100%; not announced",
              "UPDATE 2 1.00000 the PT1H update target passed");
    }
  }

  @Test
  void aChangeThatPassesEveryThresholdAtOnceAnnouncesTheBreachWithItsCause() {
    SlaTerms terms = SlaReports.terms(List.of(0.5, 0.75));
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"));
      announce(id, terms, 1, OPENED, 120, "priority raised from P3 to P1", "dana@example.com");
      announce(id, terms, 1, OPENED, 121, null, "system");

      List<TopicReader.Event> sla = SlaEvents.of(topic, id);

      assertThat(sla).extracting(TopicReader.Event::type).containsExactly(BREACHED);
      assertThat(sla.get(0).data().at("/reason").asText())
          .isEqualTo("priority raised from P3 to P1");
      assertThat(sla.get(0).data().at("/actor").asText()).isEqualTo("dana@example.com");
      assertThat(announced(id)).hasSize(3);
    }
  }

  @Test
  void twoInstancesAnnouncingTheSameMilestoneAtOnceSendOneEvent() throws Exception {
    SlaTerms terms = SlaReports.terms(List.of(0.75));
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      List<String> ids =
          List.of(
              Api.open(Api.uniquePerson("alice")),
              Api.open(Api.uniquePerson("bob")),
              Api.open(Api.uniquePerson("carol")));
      SlaEvents.together(
          2,
          () -> {
            for (String id : ids) {
              announce(id, terms, 1, OPENED, 50, null, "system");
            }
          });

      for (String id : ids) {
        assertThat(SlaEvents.of(topic, id))
            .extracting(TopicReader.Event::type)
            .containsExactly(WARNING);
      }
    }
  }

  /** Announces what the hand-made report at {@code minutes} after opening says is due. */
  private void announce(
      String id,
      SlaTerms terms,
      int cycle,
      Instant cycleStart,
      int minutes,
      String cause,
      String actor) {
    Instant now = OPENED.plus(Duration.ofMinutes(minutes));
    SlaReport report = SlaReports.at(terms, OPENED, cycle, cycleStart, now);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                announcements.announceDue(
                    em.find(Ticket.class, UUID.fromString(id)), report, now, actor, cause));
  }

  /** The announcements recorded for the ticket: "clock cycle threshold reason", in key order. */
  @SuppressWarnings("unchecked")
  private List<String> announced(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "select clock || ' ' || cycle || ' ' || threshold || ' ' || reason"
                            + " from sla_announcements where ticket_id = :id"
                            + " order by clock, cycle, threshold",
                        String.class)
                    .setParameter("id", UUID.fromString(id))
                    .getResultList());
  }
}
