package dev.rapport.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.support.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

  @Test
  void isTheQuotedVersion() {
    assertThat(ETags.of(7)).isEqualTo("\"7\"");
    assertThat(ETags.of(0)).isEqualTo("\"0\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"7\"",
        " \"7\" ",
        "*",
        " * ",
        "\"3\", \"7\"",
        "\"3\",\"7\"",
        "W/\"7\"",
        "W/\"1\", W/\"7\"",
        ", \"7\","
      })
  void passesWhenATagMatchesOrAny(String ifMatch) {
    assertThatCode(() -> ETags.checkIfMatch(ifMatch, 7)).doesNotThrowAnyException();
  }

  @Test
  void passesWithoutIfMatch() {
    assertThatCode(() -> ETags.checkIfMatch(null, 7)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"6\"", "\"6\", \"8\"", "W/\"6\"", "\"\"", "\"07\""})
  void failsWith412WhenNoTagMatches(String ifMatch) {
    assertThatThrownBy(() -> ETags.checkIfMatch(ifMatch, 7))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(412);
              assertThat(e.type()).isEqualTo("stale-version");
              assertThat(e.extensions()).containsEntry("currentETag", "\"7\"");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7",
        "\"7",
        "W/7",
        "w/\"7\"",
        "\"7\" \"8\"",
        "\"7\";",
        ",",
        "",
        "*, \"7\"",
        "\"a b\""
      })
  void failsWith400WhenMalformed(String ifMatch) {
    assertThatThrownBy(() -> ETags.checkIfMatch(ifMatch, 7))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.type()).isEqualTo("malformed-if-match");
            });
  }
}
