package dev.rapport.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  @Test
  void roundTripsSortKeys() {
    List<String> keys =
        List.of("2026-11-27T09:40:00.123456Z", "0195f0c2-7c1e-7d53-9a4e-6c1e2b9f0a11");
    String cursor = Cursor.encode(keys);
    assertThat(Cursor.decode(cursor, 2)).isEqualTo(keys);
  }

  @Test
  void isUrlSafeWithoutPadding() {
    // Characters whose standard base64 would contain '+' and '/'.
    String cursor = Cursor.encode(List.of("\u00fb\u00ff\u00fe>>>???", "x"));
    assertThat(cursor).doesNotContain("+", "/", "=");
    assertThat(Cursor.decode(cursor, 2)).containsExactly("\u00fb\u00ff\u00fe>>>???", "x");
  }

  @Test
  void keepsNullValues() {
    String cursor = Cursor.encode(Arrays.asList(null, "T-1042"));
    assertThat(Cursor.decode(cursor, 2)).containsExactly(null, "T-1042");
  }

  @Test
  void acceptsPaddedInput() {
    String padded =
        Base64.getUrlEncoder().encodeToString("[\"a\"]".getBytes(StandardCharsets.UTF_8));
    assertThat(Cursor.decode(padded, 1)).containsExactly("a");
  }

  @Test
  void rejectsAnotherArity() {
    String cursor = Cursor.encode(List.of("a", "b"));
    assertInvalid(() -> Cursor.decode(cursor, 3));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "not base64!", "e30", "bnVsbA", "W3siYSI6MX1d", "eyJhIjpbXX0"})
  void rejectsWhatEncodeNeverMade(String cursor) {
    // e30 = {}, bnVsbA = null, W3siYSI6MX1d = [{"a":1}], eyJhIjpbXX0 = {"a":[]}
    assertInvalid(() -> Cursor.decode(cursor, 1));
  }

  @Test
  void rejectsHugeInput() {
    assertInvalid(() -> Cursor.decode("A".repeat(10_000), 1));
  }

  @Test
  void positionsRoundTripAndAnythingElseIsInvalid() {
    Instant at = Instant.parse("2026-11-27T09:15:42.078519Z");
    UUID id = UUID.randomUUID();

    Cursor.Position position =
        Cursor.decodePosition(Cursor.encode(List.of(at.toString(), id.toString())));

    assertThat(position).isEqualTo(new Cursor.Position(at, id));
    assertInvalid(() -> Cursor.decodePosition(Cursor.encode(List.of("yesterday", id.toString()))));
    assertInvalid(() -> Cursor.decodePosition(Cursor.encode(List.of(at.toString(), "T-1042"))));
    assertInvalid(() -> Cursor.decodePosition(Cursor.encode(Arrays.asList(null, id.toString()))));
  }

  @Test
  void numbersRoundTripAndAnythingElseIsInvalid() {
    assertThat(Cursor.decodeNumber(Cursor.encode(List.of("4711")))).isEqualTo(4711L);
    assertInvalid(() -> Cursor.decodeNumber(Cursor.encode(List.of("forty-two"))));
    assertInvalid(() -> Cursor.decodeNumber(Cursor.encode(Arrays.asList((String) null))));
    assertInvalid(() -> Cursor.decodeNumber(Cursor.encode(List.of("1", "2"))));
  }

  private static void assertInvalid(Runnable decode) {
    assertThatThrownBy(decode::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.type()).isEqualTo("invalid-cursor");
              assertThat(e.getMessage()).contains("nextCursor");
            });
  }

  @Test
  void craftedValuesAreA400NamingAfter() {
    String withNul = Cursor.encode(List.of("a\u0000", "b"));
    assertThatThrownBy(() -> Cursor.decode(withNul, 2))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.type()).isEqualTo(Cursor.INVALID_CURSOR);
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("after");
            });
    String farFuture =
        Cursor.encode(List.of("+9999999-01-01T00:00:00Z", UUID.randomUUID().toString()));
    assertThatThrownBy(() -> Cursor.decodePosition(farFuture)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> Cursor.uuid("99999999999999999999"))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> Cursor.instant(null)).isInstanceOf(ProblemException.class);
  }
}
