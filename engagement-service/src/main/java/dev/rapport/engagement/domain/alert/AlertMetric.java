package dev.rapport.engagement.domain.alert;

/**
 * A figure the alerts watch over a window of whole days, with its name in the alert ({@link
 * dev.rapport.events.engagement.EngagementAlert#metric()}) and in the metrics report.
 */
enum AlertMetric {
  /** Update-cadence adherence over the last 7 whole days, percent. */
  CADENCE_ADHERENCE("cadence-adherence", "cadenceAdherence", 7, "update cadence adherence", "%"),
  /** The CSAT average over the last 14 whole days, a rating from 1 to 5. */
  CSAT("csat", "csat.average", 14, "CSAT average", "");

  private final String id;
  private final String figure;
  private final int days;
  private final String label;
  private final String unit;

  AlertMetric(String id, String figure, int days, String label, String unit) {
    this.id = id;
    this.figure = figure;
    this.days = days;
    this.label = label;
    this.unit = unit;
  }

  /** Its name in the alert, e.g. {@code cadence-adherence}. */
  String id() {
    return id;
  }

  /** Its name in the metrics report, e.g. {@code cadenceAdherence}. */
  String figure() {
    return figure;
  }

  /** How many whole days it is looked at over, up to yesterday. */
  int days() {
    return days;
  }

  /** The window as the alert gives it (ISO-8601), e.g. P7D. */
  String window() {
    return "P" + days + "D";
  }

  /** How a team's lead reads its name, e.g. "update cadence adherence". */
  String label() {
    return label;
  }

  /** Its unit after a figure: "%" or nothing. */
  String unit() {
    return unit;
  }
}
