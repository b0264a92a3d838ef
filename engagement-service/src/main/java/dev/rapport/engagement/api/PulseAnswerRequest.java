package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.pulse.PulseAnswers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "An anonymous answer to the open round: stored without the person, who is only marked"
            + " as having answered.")
public record PulseAnswerRequest(
    @NotNull
        @Min(0)
        @Max(10)
        @Schema(
            description =
                "How likely are you to recommend your team as a place to work? 0 (not at all) to"
                    + " 10 (extremely)",
            example = "9")
        Integer enps,
    @NotNull
        @Size(max = 5)
        @Schema(
            description = "One score per statement, in order: 1 (disagree) to 5 (agree)",
            example = "[4, 5]")
        List<@NotNull @Min(1) @Max(5) Integer> scores,
    @Size(max = 1000)
        @Schema(nullable = true, description = "Anything else to say", example = "Great team")
        String comment) {

  PulseAnswers.Answer answer() {
    return new PulseAnswers.Answer(enps, scores, comment);
  }
}
