package dev.rapport.engagement.domain.alert;

import static dev.rapport.engagement.domain.alert.AlertFacts.awaitAlerts;
import static dev.rapport.engagement.domain.alert.AlertFacts.fact;
import static dev.rapport.engagement.domain.alert.AlertFacts.importFacts;
import static dev.rapport.engagement.domain.alert.AlertFacts.ofService;
import static dev.rapport.engagement.domain.alert.AlertFacts.rating;
import static dev.rapport.engagement.domain.alert.AlertFacts.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.events.Topics;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestTickets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A business service's alerts, against the default thresholds: its CSAT below 4.0 over 14 days and
 * its update cadence below 90 % over 7, announced once per service, metric and window as scope
 * SERVICE with the service's name (learnt from its tickets) and a summary for its business owners;
 * a service within both thresholds is not alerted.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class ServiceAlertsTest {
  @Inject EngagementAlerts alerts;
  @Inject ServiceNames names;
  @Inject TestClock clock;
  @Inject ObjectMapper json;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aServiceBelowTheDefaultsIsAlertedOncePerMetricInWordsForItsBusinessOwners() {
    clock.set(Instant.parse("2026-12-01T09:00:00Z"));
    UUID payroll = UUID.randomUUID();
    UUID fine = UUID.randomUUID();
    UUID unnamed = UUID.randomUUID();
    String name = "Payroll " + payroll.toString().substring(0, 6);
    learnName(payroll, name);

    String csatDay = "2026-11-20T10:00:00Z";
    String cadenceDay = "2026-11-28T10:00:00Z";
    importFacts(
        List.of(
            // Payroll: 3, 3, 4, 3, 3 (3.2) and 1,000 s open, 250 late (75 %).
            rating(csatDay, null, payroll, 3),
            rating(csatDay, null, payroll, 3),
            rating(csatDay, null, payroll, 4),
            rating(csatDay, null, payroll, 3),
            rating(csatDay, null, payroll, 3),
            fact("RUNNING_SPAN", null, cadenceDay, null, payroll, 1000),
            fact("LATE_SPAN", null, cadenceDay, null, payroll, 250),
            // At both thresholds: 4.0 and 90 %.
            rating(csatDay, null, fine, 4),
            rating(csatDay, null, fine, 4),
            fact("RUNNING_SPAN", null, cadenceDay, null, fine, 1000),
            fact("LATE_SPAN", null, cadenceDay, null, fine, 100),
            // No ticket of it ever resolved here: its name is not known.
            rating(csatDay, null, unnamed, 2)));

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      Map<String, JsonNode> byMetric =
          awaitAlerts(topic, ofService(payroll), 2).stream()
              .map(TopicReader.Event::data)
              .collect(Collectors.toMap(a -> a.path("metric").asText(), Function.identity()));
      assertThat(byMetric).containsOnlyKeys("csat", "cadence-adherence");
      JsonNode csat = byMetric.get("csat");
      assertThat(csat.path("scope").asText()).isEqualTo("SERVICE");
      assertThat(csat.path("teamId").isNull()).isTrue();
      assertThat(csat.path("businessServiceName").asText()).isEqualTo(name);
      assertThat(csat.path("observed").asDouble()).isCloseTo(3.2, within(1e-9));
      assertThat(csat.path("threshold").asDouble()).isEqualTo(4.0);
      assertThat(csat.path("window").asText()).isEqualTo("P14D");
      assertThat(csat.path("summary").asText())
          .isEqualTo(
              "Customers of the "
                  + name
                  + " service rated it 3.2 on average over the 14 days to 2026-11-30, below 4.0.");
      JsonNode cadence = byMetric.get("cadence-adherence");
      assertThat(cadence.path("observed").asDouble()).isCloseTo(75.0, within(1e-9));
      assertThat(cadence.path("window").asText()).isEqualTo("P7D");
      assertThat(cadence.path("summary").asText())
          .isEqualTo(
              "Customers of the "
                  + name
                  + " service were kept up to date as promised for 75.0 % of the time their"
                  + " requests were open over the 7 days to 2026-11-30, below 90.0 %.");

      JsonNode anonymous = awaitAlerts(topic, ofService(unnamed), 1).get(0).data();
      assertThat(anonymous.path("businessServiceName").isNull()).isTrue();
      assertThat(anonymous.path("summary").asText())
          .startsWith("Customers of business service " + unnamed + " rated it 2.0 on average");

      // Once per service, metric and window: a second run raises nothing.
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      assertThat(stored("business_service_id", payroll)).isEqualTo(2);
      assertThat(stored("business_service_id", fine)).isZero();
      assertThat(topic.seen(ofService(payroll))).hasSize(2);
    }
  }

  /** A resolution of one of the service's tickets, as ticket-service announces it. */
  private void learnName(UUID service, String name) {
    UUID ticket = UUID.randomUUID();
    try (CloudEventWriter tickets = TestEventWriters.tickets(json)) {
      tickets.publish(
          new TicketResolved(
              TestTickets.ticket(ticket, "T-" + ticket.toString().substring(0, 6))
                  .status("RESOLVED")
                  .requester(TestCallers.userName("rita"))
                  .businessService(service, name)
                  .summary(),
              "sam@example.com",
              "Fixed"));
    }
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(() -> name.equals(QuarkusTransaction.requiringNew().call(() -> names.of(service))));
  }
}
