package dev.rapport.engagement.domain.alert;

import dev.rapport.engagement.domain.MetricsReport;
import dev.rapport.engagement.domain.Scope;
import dev.rapport.engagement.domain.metrics.Figure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;

/**
 * An alert's figure over its window of whole days up to {@code last}, from the metrics report (so
 * that no metric is defined a second time).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WindowFigures {
  private final MetricsReport metrics;

  WindowFigures(MetricsReport metrics) {
    this.metrics = metrics;
  }

  /** The first day of {@code metric}'s window ending on {@code last}. */
  static LocalDate first(AlertMetric metric, LocalDate last) {
    return last.minusDays(metric.days() - 1L);
  }

  /**
   * The figure of {@code metric} for {@code scope} over its window to {@code last} when it is below
   * {@code min}; null when it is not, or there is none (no facts in the window).
   */
  Double below(Scope scope, AlertMetric metric, double min, LocalDate last) {
    Figure figure = metrics.figures(scope, first(metric, last), last).get(metric.figure());
    if (figure == null || figure.value() == null || figure.value() >= min) {
      return null;
    }
    return figure.value();
  }
}
