package dev.rapport.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.JsonProblems;
import dev.rapport.support.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonInputTest {
  record Task(String title) {}

  record Body(String title, List<String> skills, List<Task> tasks, Instant due, LocalDate day) {}

  private final ObjectMapper mapper = strictMapper();

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    new StrictJsonInput().customize(mapper);
    return mapper;
  }

  private Problem problemFor(String json) {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
    assertThat(e).as("refused: %s", json).isNotNull();
    return JsonProblems.from(e);
  }

  @Test
  void acceptsOrdinaryTextWithTabsAndLineBreaks() throws Exception {
    Body body =
        mapper.readValue(
            "{\"title\":\"Printer\\tjammed\\r\\nagain\",\"skills\":[\"dns\"],"
                + "\"tasks\":[{\"title\":\"Check\"}],\"due\":\"2026-12-01T10:00:00Z\","
                + "\"day\":\"2026-12-01\"}",
            Body.class);
    assertThat(body.title()).isEqualTo("Printer\tjammed\r\nagain");
    assertThat(body.due()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void aNulOrAnotherControlCharacterNamesItsField() {
    assertThat(problemFor("{\"title\":\"a\\u0000b\"}").errors())
        .containsExactly(new FieldError("title", InputRules.CONTROL_CHARACTERS));
    assertThat(problemFor("{\"tasks\":[{\"title\":\"\\u001b[31m\"}]}").errors())
        .containsExactly(new FieldError("tasks[0].title", InputRules.CONTROL_CHARACTERS));
    assertThat(problemFor("{\"skills\":[\"dns\",\"a\\u0001\"]}").errors())
        .containsExactly(new FieldError("skills[1]", InputRules.CONTROL_CHARACTERS));
  }

  @Test
  void nullElementsInListsAreRefusedWithTheirIndex() {
    Problem problem = problemFor("{\"skills\":[\"dns\",null]}");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).containsExactly(new FieldError("skills[1]", "must not be null"));
    assertThat(problemFor("{\"tasks\":[null]}").errors())
        .containsExactly(new FieldError("tasks[0]", "must not be null"));
  }

  @Test
  void dateTimesOutsideYearsOneTo9999AreRefused() {
    for (String instant :
        List.of("+9999999-01-01T00:00:00Z", "-290000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
      assertThat(problemFor("{\"due\":\"" + instant + "\"}").errors())
          .containsExactly(new FieldError("due", InputRules.INSTANT_RANGE));
    }
    assertThat(problemFor("{\"day\":\"+12026-01-01\"}").errors())
        .containsExactly(new FieldError("day", InputRules.INSTANT_RANGE));
  }

  @Test
  void instantsInTheCanonicalFormAndInOthersReadAlike() throws Exception {
    for (String due :
        List.of(
            "\"2026-12-01T10:00:00Z\"",
            "\"2026-12-01T10:00:00.000Z\"",
            "\"2026-12-01T11:00:00+01:00\"",
            "\" 2026-12-01T10:00:00Z \"")) {
      assertThat(mapper.readValue("{\"due\":" + due + "}", Body.class).due())
          .as(due)
          .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }
    assertThat(problemFor("{\"due\":\"2026-02-30T10:00:00Z\"}").errors())
        .extracting(FieldError::field)
        .containsExactly("due");
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsNamedWithTheFieldsThereAre() {
    Problem problem = problemFor("{\"title\":\"Printer\",\"assignee\":\"bob\"}");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).endsWith(JsonProblems.UNKNOWN_FIELD);
    assertThat(problem.errors())
        .containsExactly(
            new FieldError(
                "assignee",
                "is not a field of this request; the fields here are: day, due, skills, tasks,"
                    + " title"));
    assertThat(problemFor("{\"tasks\":[{\"title\":\"a\",\"done\":true}]}").errors())
        .extracting(FieldError::field)
        .containsExactly("tasks[0].done");
  }
}
