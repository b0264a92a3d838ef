package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.alert.AlertThresholds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The alert thresholds that apply to a team (its own, or the defaults)")
public record AlertThresholdsResponse(
    @Schema(example = "network") String team,
    @Schema(example = "90") double cadenceAdherenceMin,
    @Schema(example = "4.0") double csatMin,
    @Schema(example = "15") double enpsDrop,
    @Schema(description = "false while the service's defaults apply") boolean custom) {

  static AlertThresholdsResponse of(AlertThresholds.Thresholds t) {
    return new AlertThresholdsResponse(
        t.team(), t.cadenceMin(), t.csatMin(), t.enpsDrop(), t.version() > 0);
  }
}
