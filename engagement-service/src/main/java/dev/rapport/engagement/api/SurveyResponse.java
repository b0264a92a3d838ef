package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.survey.Survey;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A satisfaction survey of the caller, about one resolution of one of their tickets. */
public record SurveyResponse(
    UUID id,
    @Schema(description = "The ticket it is about") UUID ticketId,
    @Schema(example = "T-1042") String ticketKey,
    String ticketTitle,
    @Schema(description = "PENDING, ANSWERED, CANCELLED, EXPIRED or SKIPPED") String status,
    @Schema(
            nullable = true,
            description = "SKIPPED only: FATIGUE (asked lately about another ticket) or OPTED_OUT")
        String skipReason,
    Instant requestedAt,
    @Schema(description = "Until when a first answer is taken") Instant expiresAt,
    @Schema(nullable = true, minimum = "1", maximum = "5", description = "null until answered")
        Integer rating,
    @Schema(nullable = true) String comment,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant answeredAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "The latest change of the answer, or null")
        Instant revisedAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "Answered: until when the answer may still be changed")
        Instant editableUntil) {

  static SurveyResponse of(Survey s, Instant editableUntil) {
    return new SurveyResponse(
        s.id,
        s.ticketId,
        s.ticketKey,
        s.ticketTitle,
        s.status.name(),
        s.skipReason == null ? null : s.skipReason.name(),
        s.requestedAt,
        s.expiresAt,
        s.rating,
        s.comment,
        s.answeredAt,
        s.revisedAt,
        editableUntil);
  }
}
