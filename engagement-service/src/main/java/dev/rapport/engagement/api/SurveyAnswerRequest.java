package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.survey.SurveyAnswers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How satisfied the requester is with how their ticket was handled.")
public record SurveyAnswerRequest(
    @NotNull
        @Min(1)
        @Max(5)
        @Schema(
            required = true,
            example = "4",
            description = "1 (very dissatisfied) to 5 (very satisfied)")
        Integer rating,
    @Size(max = SurveyAnswers.MAX_COMMENT)
        @Schema(nullable = true, example = "Fixed quickly, thank you")
        String comment) {}
