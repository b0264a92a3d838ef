package dev.rapport.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalInstantsTest {

  @Test
  void readsWhatInstantWritesAsInstantParseDoes() {
    SplittableRandom random = new SplittableRandom(11);
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      long second = random.nextLong(-62_135_596_800L, max); // from year 1
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      String text = Instant.ofEpochSecond(second, nanos).toString();
      assertThat(CanonicalInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-02T14:12:32.1Z",
        "2026-12-02T14:12:32.12Z",
        "2026-12-02T14:12:32.1234Z",
        "2026-12-02T14:12:32.12345Z",
        "2024-02-29T00:00:00Z",
        "0001-01-01T00:00:00Z"
      })
  void readsEveryFractionLengthAndDayAsInstantParse(String text) {
    assertThat(CanonicalInstants.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-12-02",
        "2026-12-02T14:12:32",
        "2026-12-02T14:12:32.Z",
        "2026-12-02T14:12:32.1234567890Z",
        "2026-12-02T14:12:32+01:00",
        "2026-12-02T14:12:32.5+00:00",
        "2026-12-02 14:12:32Z",
        "2026-13-02T14:12:32Z",
        "2026-00-02T14:12:32Z",
        "2026-02-29T14:12:32Z",
        "2026-04-31T14:12:32Z",
        "2026-12-00T14:12:32Z",
        "2026-12-02T24:00:00Z",
        "2026-12-02T14:60:32Z",
        "2026-12-02T23:59:60Z",
        "0000-12-02T14:12:32Z",
        "2026-1a-02T14:12:32Z",
        "2026-12-02T-1:12:32Z",
        "2026-12-02T14:12:32.12a4Z",
        "+10000-01-01T00:00:00Z"
      })
  void answersNullForAnythingElseSoTheStandardParserDecides(String text) {
    assertThat(CanonicalInstants.parse(text)).isNull();
  }
}
