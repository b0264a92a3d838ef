package dev.rapport.skills.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Demand for skills seen in tickets opened in a window, most demanded first.")
public record DemandResponse(
    @Schema(example = "P30D") String window,
    @Schema(description = "Tickets opened at or after this instant count") Instant since,
    @Schema(nullable = true, description = "The team filter as given, or null") String team,
    List<SkillDemand> items) {

  @Schema(description = "Demand for one skill.")
  public record SkillDemand(
      @Schema(
              nullable = true,
              implementation = String.class,
              format = "uuid",
              description = "The catalogue skill, or null when the catalogue has none by that name")
          UUID skillId,
      @Schema(
              description = "The catalogue name, or the name as tickets gave it",
              example = "Kubernetes")
          String skill,
      @Schema(description = "False for names tickets used that the catalogue does not have")
          boolean inCatalogue,
      @Schema(description = "Tickets opened in the window that need it") int tickets,
      @Schema(
              description =
                  "Of those, tickets opened when no active, available person held it at the"
                      + " capable level (default 2, working)")
          int unmet) {}
}
