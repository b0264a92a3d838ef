package dev.rapport.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(10), new Random(42));

  @Test
  void theCapDoublesFromTwoSecondsUpToTenMinutes() {
    assertThat(backoff.cap(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.cap(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.cap(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.cap(9)).isEqualTo(Duration.ofSeconds(512));
    assertThat(backoff.cap(10)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.cap(1000)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void delaysAreSpreadOverTheWholeRangeUpToTheCap() {
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2000; i++) {
      long d = backoff.delay(3).toMillis();
      assertThat(d).isBetween(0L, 8000L);
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    assertThat(min).isLessThan(1000);
    assertThat(max).isGreaterThan(7000);
  }

  @Test
  void extremesOfTheRandomSourceGiveZeroAndTheCap() {
    RandomGenerator lowest = fixed(false);
    RandomGenerator highest = fixed(true);
    assertThat(new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(10), lowest).delay(4))
        .isZero();
    assertThat(new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(10), highest).delay(4))
        .isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void refusesANonsensicalConfiguration() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1), new Random()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RetryBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1), new Random()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Always the lowest, or always the highest, value below the bound. */
  private static RandomGenerator fixed(boolean highest) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
      }
    };
  }
}
