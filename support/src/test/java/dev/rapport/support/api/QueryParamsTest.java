package dev.rapport.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.support.problem.ProblemException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void enumsAreRepeatedOrCommaSeparatedInAnyCase() {
    assertThat(QueryParams.enums(DayOfWeek.class, "day", List.of("monday, Friday", " sunday ")))
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
    assertThat(QueryParams.enums(DayOfWeek.class, "day", null)).isEmpty();
    assertThat(QueryParams.enumOrNull(DayOfWeek.class, "day", " ")).isNull();
  }

  @Test
  void anUnknownEnumValueIsABadRequestListingTheAcceptedOnes() {
    assertThatThrownBy(() -> QueryParams.enumOrNull(DayOfWeek.class, "day", "someday"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.type()).isEqualTo("invalid-parameter");
              assertThat(e.getMessage())
                  .contains("day must be one of")
                  .contains(Arrays.stream(DayOfWeek.values()).map(Enum::name).toList())
                  .contains("'someday'");
            });
  }

  @Test
  void uuidsAreParsedOrABadRequestNamingTheParameter() {
    UUID id = UUID.randomUUID();
    assertThat(QueryParams.uuid("id", " " + id + " ")).isEqualTo(id);
    assertThat(QueryParams.uuidOrNull("id", "")).isNull();
    assertThat(QueryParams.uuidOrNull("id", null)).isNull();
    for (String bad : new String[] {"nope", null}) {
      assertThatThrownBy(() -> QueryParams.uuid("taskId", bad))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).startsWith("taskId must be a UUID");
              });
    }
  }

  @Test
  void booleansAreTrueOrFalseAndNothingElse() {
    assertThat(QueryParams.booleanOrNull("active", " TRUE ")).isTrue();
    assertThat(QueryParams.booleanOrNull("active", "false")).isFalse();
    assertThat(QueryParams.booleanOrNull("active", null)).isNull();
    assertThatThrownBy(() -> QueryParams.booleanOrNull("active", "yes please"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors()).extracting(f -> f.field()).containsExactly("active");
            });
  }
}
