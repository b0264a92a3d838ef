package dev.rapport.engagement.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A team's alert thresholds, all three at once (checked after who may set them: a 403"
            + " before a 400)")
public record AlertThresholdsRequest(
    @Schema(
            description = "Alert below this update-cadence adherence over 7 days, 0 to 100 %",
            example = "90")
        Double cadenceAdherenceMin,
    @Schema(description = "Alert below this CSAT average over 14 days, 1 to 5", example = "4.0")
        Double csatMin,
    @Schema(
            description = "Alert when eNPS falls this many points from one round to the next",
            example = "15")
        Double enpsDrop) {
  /** No body at all: every threshold missing. */
  static final AlertThresholdsRequest NONE = new AlertThresholdsRequest(null, null, null);
}
