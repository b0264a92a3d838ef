package dev.rapport.engagement.domain.pulse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How often a pulse survey asks again: each period a new round opens with the same questions, as
 * long as the first round's window (opensAt to closesAt), shifted by whole periods in UTC.
 */
public enum Recurrence {
  /** One round only. */
  NONE(0),
  WEEKLY(0),
  MONTHLY(1),
  QUARTERLY(3);

  private final int months;

  Recurrence(int months) {
    this.months = months;
  }

  /** When round {@code round} (from 1) opens or closes, for round 1's {@code first}. */
  public Instant shifted(Instant first, int round) {
    if (round == 1 || this == NONE) {
      return first;
    }
    ZonedDateTime utc = first.atZone(ZoneOffset.UTC);
    return (this == WEEKLY ? utc.plusWeeks(round - 1L) : utc.plusMonths((round - 1L) * months))
        .toInstant();
  }

  /** Whether rounds follow the first. */
  public boolean recurs() {
    return this != NONE;
  }
}
