package dev.rapport.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Paths from a real Bean Validation run and a real Jackson run, the way a resource sees them. */
class FieldPathsTest {
  enum Impact {
    HIGH,
    MEDIUM,
    LOW
  }

  record Task(@NotBlank String title) {}

  record CreateRequest(
      @NotBlank String title,
      Impact impact,
      List<@Valid Task> tasks,
      List<@NotBlank String> tags,
      Map<String, @NotBlank String> labels) {}

  static class Resource {
    public void create(@Valid @NotNull CreateRequest request) {}

    public void list(@Max(200) int limit) {}
  }

  private static final jakarta.validation.ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void dropsMethodAndParameterNames() {
    CreateRequest request =
        new CreateRequest(
            " ",
            Impact.LOW,
            List.of(new Task("ok"), new Task("")),
            List.of("a", ""),
            Map.of("team", ""));

    assertThat(paths("create", CreateRequest.class, request))
        .containsExactlyInAnyOrder("title", "tasks[1].title", "tags[1]", "labels[team]");
  }

  @Test
  void namesAParameterThatIsItselfInvalid() {
    assertThat(paths("create", CreateRequest.class, null)).containsExactly("request");
    assertThat(paths("list", int.class, 500)).containsExactly("limit");
  }

  @Test
  void turnsAllViolationsIntoOneValidationProblem() {
    CreateRequest request = new CreateRequest("", null, List.of(new Task(null)), null, null);
    Method create = method("create", CreateRequest.class);
    Set<ConstraintViolation<Resource>> violations =
        VALIDATOR
            .forExecutables()
            .validateParameters(new Resource(), create, new Object[] {request});

    Problem problem =
        ValidationProblems.from(new jakarta.validation.ConstraintViolationException(violations));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("validation-failed");
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("tasks[0].title", "must not be blank"),
            new FieldError("title", "must not be blank"));
    assertThat(problem.detail()).isEqualTo("2 fields are invalid; see errors");
  }

  @Test
  void followsJacksonReferencesIntoArraysAndObjects() {
    String json = "{\"title\":\"t\",\"tasks\":[{\"title\":\"a\"},{\"title\":{\"no\":1}}]}";

    assertThatThrownBy(() -> JSON.readValue(json, CreateRequest.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> assertThat(FieldPaths.of(e.getPath())).isEqualTo("tasks[1].title"));
  }

  @Test
  void listsTheAcceptedValuesOfAWrongEnum() {
    assertThatThrownBy(() -> JSON.readValue("{\"impact\":\"URGENT\"}", CreateRequest.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              Problem problem = JsonProblems.from(e);
              assertThat(problem.type()).isEqualTo("invalid-field");
              assertThat(problem.detail()).isEqualTo("impact must be one of HIGH, MEDIUM, LOW");
              assertThat(problem.errors())
                  .containsExactly(new FieldError("impact", "must be one of HIGH, MEDIUM, LOW"));
            });
  }

  @Test
  void namesTheExpectedTypeOfAMismatchedField() {
    assertThatThrownBy(() -> JSON.readValue("{\"tags\":\"x\"}", CreateRequest.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> assertThat(JsonProblems.from(e).detail()).isEqualTo("tags must be an array"));
    assertThatThrownBy(() -> JSON.readValue("{\"title\":[1]}", CreateRequest.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> assertThat(JsonProblems.from(e).detail()).isEqualTo("title must be a string"));
  }

  @Test
  void reportsWhereMalformedJsonBroke() {
    assertThatThrownBy(() -> JSON.readValue("{\n  \"title\": \"t\",\n  }", CreateRequest.class))
        .isInstanceOfSatisfying(
            com.fasterxml.jackson.core.JsonProcessingException.class,
            e -> {
              Problem problem = JsonProblems.from(e);
              assertThat(problem.type()).isEqualTo("malformed-json");
              assertThat(problem.extensions()).containsEntry("line", 3).containsEntry("column", 3);
              assertThat(problem.detail())
                  .startsWith("The request body is not valid JSON: ")
                  .endsWith("(line 3, column 3)");
            });
  }

  private static List<String> paths(String methodName, Class<?> parameterType, Object argument) {
    Set<ConstraintViolation<Resource>> violations =
        VALIDATOR
            .forExecutables()
            .validateParameters(
                new Resource(), method(methodName, parameterType), new Object[] {argument});
    return violations.stream()
        .map(v -> FieldPaths.of(v.getPropertyPath()))
        .sorted()
        .collect(Collectors.toList());
  }

  private static Method method(String name, Class<?> parameterType) {
    try {
      return Resource.class.getMethod(name, parameterType);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
