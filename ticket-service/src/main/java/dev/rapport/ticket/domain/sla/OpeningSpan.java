package dev.rapport.ticket.domain.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One opening span of a stored calendar: a weekday, [start, end); an end of 00:00 is midnight. */
@Embeddable
public class OpeningSpan {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DayOfWeek weekday;

  @Column(name = "start_time", nullable = false)
  public LocalTime start;

  @Column(name = "end_time", nullable = false)
  public LocalTime end;

  protected OpeningSpan() {}

  public OpeningSpan(DayOfWeek weekday, LocalTime start, LocalTime end) {
    this.weekday = weekday;
    this.start = start;
    this.end = end;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpeningSpan s
        && s.weekday == weekday
        && s.start.equals(start)
        && s.end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekday, start, end);
  }
}
