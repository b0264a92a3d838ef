package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.survey.SurveyPreference;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's choice about satisfaction surveys. */
public record SurveyPreferencesResponse(
    String userName,
    @Schema(description = "true: resolutions of their tickets ask nothing") boolean optedOut,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "When they last changed it; null if never")
        Instant updatedAt) {

  static SurveyPreferencesResponse of(SurveyPreference p) {
    return new SurveyPreferencesResponse(p.userName, p.optedOut, p.updatedAt);
  }
}
