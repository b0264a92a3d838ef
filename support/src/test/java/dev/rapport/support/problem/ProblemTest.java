package dev.rapport.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void writesTheStandardMembersInOrder() {
    Problem problem =
        new Problem(
            409,
            "illegal-transition",
            "Conflict",
            "NEW cannot go to CLOSED",
            "/api/v1/tickets/T-1",
            null,
            null);

    Map<String, Object> body = problem.body();

    assertThat(body.keySet()).containsExactly("type", "title", "status", "detail", "instance");
    assertThat(body)
        .containsEntry("type", "https://rapport.dev/problems/illegal-transition")
        .containsEntry("title", "Conflict")
        .containsEntry("status", 409)
        .containsEntry("detail", "NEW cannot go to CLOSED")
        .containsEntry("instance", "/api/v1/tickets/T-1");
  }

  @Test
  void mergesExtensionsAsTopLevelMembersWithoutReplacingStandardOnes() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("allowedTransitions", List.of("ASSIGNED", "CANCELLED"));
    extensions.put("status", 200);
    extensions.put("type", "hijacked");
    Problem problem =
        Problem.from(ProblemException.conflict("illegal-transition", "no", extensions));

    Map<String, Object> body = problem.body();

    assertThat(body)
        .containsEntry("allowedTransitions", List.of("ASSIGNED", "CANCELLED"))
        .containsEntry("status", 409)
        .containsEntry("type", "https://rapport.dev/problems/illegal-transition");
  }

  @Test
  void keepsNullExtensionValues() {
    Problem problem = Problem.of(409, "conflict", "no").withExtension("assignee", null);
    assertThat(problem.body()).containsEntry("assignee", null);
  }

  @Test
  void listsFieldErrorsOnlyWhenThereAreAny() {
    Problem withoutErrors = Problem.of(400, "bad-request", "no");
    Problem withErrors =
        withoutErrors.withErrors(List.of(new FieldError("title", "must not be blank")));

    assertThat(withoutErrors.body()).doesNotContainKey("errors");
    assertThat(withErrors.body())
        .containsEntry("errors", List.of(new FieldError("title", "must not be blank")));
  }

  @Test
  void leavesOutAbsentOptionalMembersAndDefaultsTheTitle() {
    Map<String, Object> body = Problem.of(405, "method-not-allowed", null).body();

    assertThat(body.keySet()).containsExactly("type", "title", "status");
    assertThat(body).containsEntry("title", "Method not allowed");
    assertThat(Problem.of(422, "x", null).title()).isEqualTo("Unprocessable content");
  }

  @Test
  void keepsAbsoluteTypeUris() {
    assertThat(Problem.typeUri("about:blank")).isEqualTo("about:blank");
    assertThat(Problem.typeUri("https://example.org/p")).isEqualTo("https://example.org/p");
    assertThat(Problem.typeUri(null)).isEqualTo("about:blank");
    assertThat(Problem.typeUri("stale-version"))
        .isEqualTo("https://rapport.dev/problems/stale-version");
  }

  @Test
  void addsTheRequestPathAsInstance() {
    Problem problem = Problem.of(404, "not-found", "gone").withInstance("/api/v1/tickets/x");
    assertThat(problem.body()).containsEntry("instance", "/api/v1/tickets/x");
  }
}
