package dev.rapport.ticket.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ticket.domain.TicketStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the SLA says in words: in timelines and in the cause of a breach a change brought. */
class SlaWordsTest {

  @Test
  void aChangeOfTermsSaysWhatChanged() {
    assertThat(SlaWords.termsChange("priority", "P3", "P1"))
        .contains("priority raised from P3 to P1");
    assertThat(SlaWords.termsChange("priority", "P1", "P3"))
        .contains("priority lowered from P1 to P3");
    assertThat(SlaWords.termsChange("businessService", "Email", "Payroll"))
        .contains("business service changed to Payroll");
    assertThat(SlaWords.termsChange("type", "INCIDENT", "SERVICE_REQUEST"))
        .contains("type changed to SERVICE_REQUEST");
    assertThat(SlaWords.termsChange("title", "Printer", "Printer on floor 3")).isEmpty();
  }

  @Test
  void durationsAndStatusesReadAsPeopleSayThem() {
    assertThat(SlaWords.duration(Duration.ofMinutes(133))).isEqualTo("2 h 13 min");
    assertThat(SlaWords.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(SlaWords.duration(Duration.ofHours(74))).isEqualTo("3 d 2 h");
    assertThat(SlaWords.duration(Duration.ZERO)).isEqualTo("0 min");
    assertThat(SlaWords.status(TicketStatus.WAITING_ON_CUSTOMER)).isEqualTo("waiting on customer");
  }
}
