package dev.rapport.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {
  @Test
  void operationIdsComeFromTheMethodAndThePath() {
    assertThat(ProblemResponsesFilter.operationId(HttpMethod.GET, "/api/v1/tickets"))
        .isEqualTo("getTickets");
    assertThat(
            ProblemResponsesFilter.operationId(
                HttpMethod.POST, "/api/v1/tickets/{id}/tasks/{taskId}/completion"))
        .isEqualTo("postTicketsTasksCompletionByIdAndTaskId");
    assertThat(ProblemResponsesFilter.operationId(HttpMethod.PUT, "/api/v1/priority-matrix"))
        .isEqualTo("putPriorityMatrix");
    assertThat(ProblemResponsesFilter.operationId(HttpMethod.GET, "/scim/v2/Users/{id}"))
        .isEqualTo("getScimUsersById");
  }
}
