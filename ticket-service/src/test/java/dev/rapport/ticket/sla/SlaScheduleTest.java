package dev.rapport.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker runs on its own, as in production: with the schedule on (every second, the shipped
 * interval), a warning and then a breach go out once their instants pass, nobody calling the
 * checker. The other SLA tests turn the schedule off and call {@code pass()} themselves.
 */
@QuarkusTest
@TestProfile(SlaScheduleTest.Scheduled.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaScheduleTest {
  /** The checker's schedule on, as outside tests. */
  public static class Scheduled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rapport.ticket.sla.checker-enabled", "true");
    }
  }

  @Inject TestClock clock;

  @AfterEach
  void systemTime() {
    clock.reset();
  }

  @Test
  void theScheduledCheckerAnnouncesAWarningThenABreachUnprompted() {
    Instant opened = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    clock.set(opened);
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      Map<String, Object> body = Api.incident("Core switch down");
      body.put("impact", "HIGH");
      body.put("urgency", "HIGH");
      String id = Api.open(Api.uniquePerson("alice"), body);

      // Shipped P1 terms: response PT15M on 24x7, warning at 75 % (11 min 15 s).
      clock.set(opened.plus(Duration.ofMinutes(12)));
      topic.await(id, events -> types(events).contains("rapport.ticket.sla-warning.v1"));
      clock.set(opened.plus(Duration.ofMinutes(16)));
      List<TopicReader.Event> events =
          topic.await(id, all -> types(all).contains("rapport.ticket.sla-breached.v1"));

      assertThat(types(events))
          .filteredOn(type -> type.startsWith("rapport.ticket.sla-"))
          .containsExactly("rapport.ticket.sla-warning.v1", "rapport.ticket.sla-breached.v1");
      // Several scheduled passes later, still once each.
      assertThat(SlaEvents.of(topic, id, "RESPONSE"))
          .extracting(TopicReader.Event::type)
          .containsExactly("rapport.ticket.sla-warning.v1", "rapport.ticket.sla-breached.v1");
    }
  }

  private static List<String> types(List<TopicReader.Event> events) {
    return events.stream().map(TopicReader.Event::type).toList();
  }
}
