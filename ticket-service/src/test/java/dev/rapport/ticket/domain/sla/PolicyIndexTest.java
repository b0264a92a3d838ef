package dev.rapport.ticket.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.sla.PolicyIndex.MatchKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PolicyIndexTest {
  private static final UUID PAYROLL = UUID.randomUUID();
  private static final UUID EMAIL = UUID.randomUUID();

  private static SlaTerms terms(String name) {
    Duration hour = Duration.ofHours(1);
    return new SlaTerms(
        UUID.randomUUID(),
        name,
        "24x7",
        BusinessCalendar.ALWAYS_OPEN,
        Map.of(SlaClock.RESPONSE, hour, SlaClock.RESOLUTION, hour, SlaClock.UPDATE, hour),
        List.of(0.75),
        Map.of(),
        false);
  }

  private static String matched(
      PolicyIndex index, Priority priority, TicketType type, UUID service) {
    return index.match(priority, type, service).map(SlaTerms::policyName).orElse("none");
  }

  @Test
  void theMostSpecificPolicyWins() {
    Map<MatchKey, SlaTerms> policies = new HashMap<>();
    policies.put(new MatchKey(Priority.P2, null, null), terms("P2 default"));
    policies.put(new MatchKey(Priority.P2, TicketType.INCIDENT, null), terms("P2 incidents"));
    policies.put(new MatchKey(Priority.P2, null, PAYROLL), terms("P2 payroll"));
    policies.put(
        new MatchKey(Priority.P2, TicketType.INCIDENT, PAYROLL), terms("P2 payroll incidents"));
    PolicyIndex index = new PolicyIndex(policies);

    assertThat(matched(index, Priority.P2, TicketType.INCIDENT, PAYROLL))
        .isEqualTo("P2 payroll incidents");
    // The service beats the type.
    assertThat(matched(index, Priority.P2, TicketType.SERVICE_REQUEST, PAYROLL))
        .isEqualTo("P2 payroll");
    assertThat(matched(index, Priority.P2, TicketType.INCIDENT, EMAIL)).isEqualTo("P2 incidents");
    assertThat(matched(index, Priority.P2, TicketType.INCIDENT, null)).isEqualTo("P2 incidents");
    assertThat(matched(index, Priority.P2, TicketType.SERVICE_REQUEST, EMAIL))
        .isEqualTo("P2 default");
    // Another priority's policies never apply.
    assertThat(matched(index, Priority.P1, TicketType.INCIDENT, PAYROLL)).isEqualTo("none");
  }

  @Test
  void aTypeSpecificPolicyBeatsThePriorityDefaultWithoutAServicePolicy() {
    Map<MatchKey, SlaTerms> policies = new HashMap<>();
    policies.put(new MatchKey(Priority.P3, null, null), terms("P3 default"));
    policies.put(new MatchKey(Priority.P3, TicketType.SERVICE_REQUEST, null), terms("P3 requests"));
    PolicyIndex index = new PolicyIndex(policies);

    assertThat(matched(index, Priority.P3, TicketType.SERVICE_REQUEST, PAYROLL))
        .isEqualTo("P3 requests");
    assertThat(matched(index, Priority.P3, TicketType.INCIDENT, PAYROLL)).isEqualTo("P3 default");
  }
}
