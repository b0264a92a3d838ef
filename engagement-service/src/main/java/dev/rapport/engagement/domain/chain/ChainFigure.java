package dev.rapport.engagement.domain.chain;

import java.util.Locale;

/**
 * A figure of the chain: the metric it reads (by the name the metrics API lists it under), its
 * layer and how it reads in a sentence.
 */
public enum ChainFigure {
  ENPS("enps", Layer.ENGAGEMENT, "eNPS", "%+.0f"),
  PULSE("pulseScore", Layer.ENGAGEMENT, "pulse score", "%.1f"),
  TRAINING("trainingPlansCompleted", Layer.ENGAGEMENT, "training plans completed", "%.1f"),
  GAP_SEVERITY("skillGapSeverity", Layer.ENGAGEMENT, "skill-gap severity", "%.0f"),
  GAPS_CRITICAL("openSkillGaps.CRITICAL", Layer.ENGAGEMENT, "critical skill gaps", "%.1f"),
  GAPS_HIGH("openSkillGaps.HIGH", Layer.ENGAGEMENT, "high skill gaps", "%.1f"),
  SLA("slaMet.RESOLUTION", Layer.SERVICE, "resolution SLA met", "%.0f %%"),
  CADENCE("cadenceAdherence", Layer.SERVICE, "update cadence adherence", "%.0f %%"),
  FIRST_RESPONSE("firstResponseTime.median", Layer.SERVICE, "median first response", "%.0f s"),
  REOPEN("reopenRate", Layer.SERVICE, "reopen rate", "%.1f %%"),
  CSAT("csat.average", Layer.BUSINESS, "requesters' rating", "%.1f"),
  READ_OWNER(
      "notificationReadRate.BUSINESS_OWNER",
      Layer.BUSINESS,
      "business owners' read rate",
      "%.0f %%"),
  READ_EXECUTIVE(
      "notificationReadRate.EXECUTIVE", Layer.BUSINESS, "executives' read rate", "%.0f %%"),
  READ_END_USER("notificationReadRate.END_USER", Layer.BUSINESS, "end users' read rate", "%.0f %%");

  /** The three layers of the chain. */
  public enum Layer {
    ENGAGEMENT,
    SERVICE,
    BUSINESS
  }

  private final String metric;
  private final Layer layer;
  private final String label;
  private final String format;

  ChainFigure(String metric, Layer layer, String label, String format) {
    this.metric = metric;
    this.layer = layer;
    this.label = label;
    this.format = format;
  }

  /** The metric's name in the metrics API. */
  public String metric() {
    return metric;
  }

  public Layer layer() {
    return layer;
  }

  String label() {
    return label;
  }

  String format(double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
