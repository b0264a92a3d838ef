package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.pulse.PulseDefinition;
import dev.rapport.engagement.domain.pulse.Recurrence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A staff pulse survey for a team: the eNPS question (always first, fixed text, 0-10)"
            + " then up to five statements each answered 1 (disagree) to 5 (agree).")
public record PulseSurveyRequest(
    @NotBlank
        @Size(max = 100)
        @Schema(
            description = "The team, by the id tickets carry as teamId (its SCIM Group id)",
            example = "0b6a3c52-58a4-4a8e-9d0e-6f1a2b3c4d5e")
        String teamId,
    @NotBlank
        @Size(min = 3, max = 200)
        @Schema(description = "Shown in the invitation", example = "Network team pulse")
        String title,
    @NotNull
        @Schema(
            description = "When round 1 opens (at once when in the past)",
            example = "2026-12-07T08:00:00Z")
        Instant opensAt,
    @NotNull
        @Schema(
            description =
                "When round 1 closes: after opensAt and in the future; every round is open as"
                    + " long, and a recurring survey's window is at most one period",
            example = "2026-12-11T17:00:00Z")
        Instant closesAt,
    @NotNull @Schema(description = "A new round each period", example = "MONTHLY")
        Recurrence recurrence,
    @NotNull
        @Size(max = 5)
        @Schema(
            description = "Up to five statements, each 3 to 200 characters",
            example = "[\"I know what is expected of me at work\"]")
        List<@NotNull @NotBlank @Size(min = 3, max = 200) String> statements) {

  PulseDefinition definition() {
    return new PulseDefinition(teamId, title, opensAt, closesAt, recurrence, statements);
  }
}
