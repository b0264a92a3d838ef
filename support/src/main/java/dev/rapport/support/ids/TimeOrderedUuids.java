package dev.rapport.support.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits. Ids made one after
 * another sort together, so a B-tree index on them grows at its right edge instead of being split
 * all over, which keeps inserts cheap at high rates.
 */
public final class TimeOrderedUuids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedUuids() {}

  public static UUID next() {
    return at(System.currentTimeMillis());
  }

  /** An id as {@link #next} makes it at {@code epochMillis}. */
  public static UUID at(long epochMillis) {
    long random = RANDOM.nextLong();
    long mostSignificant = (epochMillis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
    long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(mostSignificant, leastSignificant);
  }
}
