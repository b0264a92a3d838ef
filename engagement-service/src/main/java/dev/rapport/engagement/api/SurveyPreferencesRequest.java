package dev.rapport.engagement.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the caller wants satisfaction surveys after their tickets resolve.")
public record SurveyPreferencesRequest(
    @NotNull @Schema(required = true, description = "true: never ask me") Boolean optedOut) {}
