package dev.rapport.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  @Test
  void looksUpEachCellAndKnowsWhenItIsComplete() {
    PriorityMatrix matrix = new PriorityMatrix();
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        assertThat(matrix.isComplete()).isFalse();
        matrix.set(
            impact,
            urgency,
            impact == Impact.HIGH && urgency == Urgency.HIGH ? Priority.P1 : Priority.P4);
      }
    }
    assertThat(matrix.isComplete()).isTrue();
    assertThat(matrix.priorityOf(Impact.HIGH, Urgency.HIGH)).isEqualTo(Priority.P1);
    assertThat(matrix.priorityOf(Impact.LOW, Urgency.HIGH)).isEqualTo(Priority.P4);
  }
}
