package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.MetricsReport;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A series per metric for one scope. */
@Schema(name = "MetricsReport", description = "A series per metric for one scope and range")
public record MetricsResponse(
    @Schema(
            description = "What is counted: overview, team:<id> or service:<id>",
            example = "team:network")
        String scope,
    @Schema(description = "First day counted (UTC)", example = "2026-11-02") LocalDate from,
    @Schema(description = "Last day counted (UTC), included", example = "2026-11-29") LocalDate to,
    @Schema(
            description = "How the range is cut",
            enumeration = {"DAY", "WEEK", "MONTH"})
        String granularity,
    List<MetricSeries> metrics) {

  /** One metric. */
  @Schema(name = "MetricSeries")
  public record MetricSeries(
      @Schema(example = "firstResponseTime.median") String name,
      @Schema(description = "What it measures and how a period sums over its days")
          String definition,
      @Schema(example = "seconds") String unit,
      List<MetricPoint> series) {}

  /** One period of a metric. */
  @Schema(name = "MetricPoint")
  public record MetricPoint(
      @Schema(
              description =
                  "The period's first day (a week starts on Monday, a month on the 1st); its days"
                      + " before from or after to are not counted",
              example = "2026-11-02")
          LocalDate period,
      @Schema(description = "The figure; null when there was nothing to measure", nullable = true)
          Double value,
      @Schema(description = "How many observations the figure rests on", example = "42") long n) {}

  static MetricsResponse of(MetricsReport.Report report) {
    String scope =
        switch (report.scope().kind()) {
          case OVERVIEW -> "overview";
          case TEAM -> "team:" + report.scope().id();
          case SERVICE -> "service:" + report.scope().id();
        };
    return new MetricsResponse(
        scope,
        report.from(),
        report.to(),
        report.granularity().name(),
        report.metrics().stream()
            .map(
                s ->
                    new MetricSeries(
                        s.metric().name(),
                        s.metric().definition(),
                        s.metric().unit(),
                        s.points().stream()
                            .map(
                                p ->
                                    new MetricPoint(p.period(), p.figure().value(), p.figure().n()))
                            .toList()))
            .toList());
  }
}
