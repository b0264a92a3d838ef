package dev.rapport.support.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

  @Test
  void isVersion7WithTheRfcVariant() {
    UUID id = TimeOrderedUuids.next();
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void carriesTheTimestampInItsFirst48Bits() {
    long millis = 1_795_000_000_123L;
    UUID id = TimeOrderedUuids.at(millis);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
  }

  @Test
  void sortsByTimeAcrossMilliseconds() {
    UUID earlier = TimeOrderedUuids.at(1_000);
    UUID later = TimeOrderedUuids.at(1_001);
    // PostgreSQL compares uuids as unsigned bytes, i.e. as their text form.
    assertThat(earlier.toString()).isLessThan(later.toString());
  }

  @Test
  void isUniqueWithinOneMillisecond() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(TimeOrderedUuids.at(5));
    }
    assertThat(ids).hasSize(100_000);
  }
}
