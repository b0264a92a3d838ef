package dev.rapport.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.support.ids.TimeOrderedUuids;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactIdTest {

  @Test
  void aRedeliveredEventGivesItsFactsTheSameIdsAndEachKindLabelAndTeamItsOwn() {
    String ceId = TimeOrderedUuids.next().toString();
    UUID resolved = Fact.id(ceId, FactKind.TICKET_RESOLVED, null, "network");

    assertThat(Fact.id(ceId, FactKind.TICKET_RESOLVED, null, "network")).isEqualTo(resolved);
    assertThat(Fact.id(ceId, FactKind.TICKET_RESOLVED, null, "desk")).isNotEqualTo(resolved);
    assertThat(Fact.id(ceId, FactKind.TICKET_OPENED, null, "network")).isNotEqualTo(resolved);
    assertThat(Fact.id(ceId, FactKind.SLA_CLOCK, "RESPONSE", "network"))
        .isNotEqualTo(Fact.id(ceId, FactKind.SLA_CLOCK, "RESOLUTION", "network"));
  }

  @Test
  void factsOfTimeOrderedEventsKeepTheEventsOrderSoTheKeyIndexGrowsAtItsEnd() {
    long now = System.currentTimeMillis();
    UUID earlier = TimeOrderedUuids.at(now);
    UUID later = TimeOrderedUuids.at(now + 1);

    UUID first = Fact.id(earlier.toString(), FactKind.TICKET_OPENED, null, "network");
    UUID second = Fact.id(later.toString(), FactKind.TICKET_OPENED, null, "network");

    assertThat(first.version()).isEqualTo(8);
    assertThat(first.variant()).isEqualTo(2);
    assertThat(first.getMostSignificantBits() >>> 16)
        .isEqualTo(earlier.getMostSignificantBits() >>> 16);
    assertThat(
            Long.compareUnsigned(first.getMostSignificantBits(), second.getMostSignificantBits()))
        .isNegative();
  }

  @Test
  void anEventIdThatIsNotTimeOrderedGivesANameBasedId() {
    assertThat(Fact.id("evt-42", FactKind.TICKET_OPENED, null, "network").version()).isEqualTo(3);
    assertThat(Fact.id(UUID.randomUUID().toString(), FactKind.TICKET_OPENED, null, "").version())
        .isEqualTo(3);
  }
}
