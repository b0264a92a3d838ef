package dev.rapport.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.sla.SlaClock;
import dev.rapport.ticket.domain.sla.SlaPolicies;
import dev.rapport.ticket.domain.sla.SlaTerms;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policies the migration ships answer every priority. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class SlaDefaultsTest {
  @Inject SlaPolicies policies;

  private SlaTerms termsFor(Priority priority) {
    return policies.termsFor(priority, TicketType.INCIDENT, null).orElseThrow();
  }

  @Test
  void everyPriorityHasItsShippedPolicy() {
    SlaTerms p1 = termsFor(Priority.P1);
    assertThat(p1.policyName()).isEqualTo("P1 critical");
    assertThat(p1.calendarName()).isEqualTo("24x7");
    assertThat(p1.target(SlaClock.RESPONSE)).isEqualTo(Duration.ofMinutes(15));
    assertThat(p1.target(SlaClock.UPDATE)).isEqualTo(Duration.ofHours(1));
    assertThat(p1.target(SlaClock.RESOLUTION)).isEqualTo(Duration.ofHours(4));
    assertThat(termsFor(Priority.P2).target(SlaClock.RESOLUTION)).isEqualTo(Duration.ofHours(8));

    SlaTerms p4 = termsFor(Priority.P4);
    assertThat(p4.policyName()).isEqualTo("P4 low");
    assertThat(p4.calendarName()).isEqualTo("business-hours");
    // P1D is 24 business hours.
    assertThat(p4.target(SlaClock.RESPONSE)).isEqualTo(Duration.ofHours(24));
    assertThat(p4.target(SlaClock.RESOLUTION)).isEqualTo(Duration.ofDays(10));
    assertThat(p4.warningThresholds()).isEqualTo(List.of(0.75));
    assertThat(p4.pausedIn(SlaClock.RESPONSE)).isEmpty();
    assertThat(p4.pausedIn(SlaClock.UPDATE))
        .isEqualTo(Set.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD));
    assertThat(p4.assignmentResponds()).isFalse();
  }

  @Test
  void theP3CalendarIsLondonOfficeHoursOnWeekdays() {
    SlaTerms p3 = termsFor(Priority.P3);
    assertThat(p3.policyName()).isEqualTo("P3 normal");
    // Friday 2026-12-04 16:00 London (GMT): 1 h left that day, 3 h from Monday 09:00.
    Instant friday = Instant.parse("2026-12-04T16:00:00Z");
    assertThat(p3.calendar().dueAt(friday, p3.target(SlaClock.RESPONSE)))
        .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
    // Under 24x7 the same target falls due the same evening.
    SlaTerms p1 = termsFor(Priority.P1);
    assertThat(p1.calendar().dueAt(friday, Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-12-04T20:00:00Z"));
  }
}
