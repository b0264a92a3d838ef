package dev.rapport.engagement.domain.metrics;

import java.time.Instant;

/** What a metric reads for one period of one scope, summed from the roll-ups. */
public interface Totals {

  /** The series' roll-ups of the period's days. */
  Sum in(String series);

  /** The series' roll-ups of every day up to the period's last (for stocks: backlog, gaps). */
  Sum through(String series);

  /** The instant a stock is measured at: the period's end, or now while the period runs. */
  Instant asOf();
}
