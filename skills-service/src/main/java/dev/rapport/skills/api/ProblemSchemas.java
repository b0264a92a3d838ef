package dev.rapport.skills.api;

import dev.rapport.support.problem.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The problems of this API that carry members beyond the shared Problem schema, for the document
 * only: the bodies themselves are written by the support module's problem mappers.
 */
final class ProblemSchemas {
  private ProblemSchemas() {}

  /** A 409 naming the resource the request collided with. */
  @Schema(
      name = "ConflictProblem",
      description =
          "An RFC 9457 problem for a conflict; existingId names what the request collided with,"
              + " when the conflict is with one resource.",
      requiredProperties = {"type", "title", "status"})
  record Conflict(
      @Schema(example = "https://rapport.dev/problems/duplicate-skill") String type,
      @Schema(example = "Conflict") String title,
      @Schema(example = "409") int status,
      String detail,
      @Schema(description = "The request path") String instance,
      @Schema(
              description = "The existing resource's id",
              format = "uuid",
              example = "01a2319c-cf53-78d0-9785-8628931b2008")
          String existingId,
      @Schema(
              description = "The plan's status, when the plan is completed or cancelled",
              example = "COMPLETED")
          String planStatus) {}

  /** A 400 of the recommendations: a field error, or the skill or team the query named wrongly. */
  @Schema(
      name = "RecommendationProblem",
      description =
          "An RFC 9457 problem for a refused recommendation query; skill or team names the part of"
              + " the query that is unknown or invalid.",
      requiredProperties = {"type", "title", "status"})
  record Recommendation(
      @Schema(example = "https://rapport.dev/problems/unknown-skill") String type,
      @Schema(example = "Bad request") String title,
      @Schema(example = "400") int status,
      String detail,
      @Schema(description = "The request path") String instance,
      @Schema(description = "One entry per invalid parameter") List<FieldError> errors,
      @Schema(description = "The skill as the query gave it", example = "kubernetes:9")
          String skill,
      @Schema(description = "The team as the query gave it", example = "no-such-team")
          String team) {}
}
