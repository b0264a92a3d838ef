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

  /** A 412: If-Match names a version that is no longer current. */
  @Schema(
      name = "StaleVersionProblem",
      description =
          "An RFC 9457 problem for a stale If-Match; currentETag is the version to retry with"
              + " (absent when a concurrent write was detected on saving).",
      requiredProperties = {"type", "title", "status"})
  record StaleVersion(
      @Schema(example = "https://rapport.dev/problems/stale-version") String type,
      @Schema(example = "Precondition failed") String title,
      @Schema(example = "412") int status,
      String detail,
      @Schema(description = "The request path") String instance,
      @Schema(description = "The current ETag", example = "\"1\"") String currentETag) {}

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

  /** A 400 of an operation with a body: field errors, or where a body that is not JSON broke. */
  @Schema(
      name = "BodyProblem",
      description =
          "An RFC 9457 problem for a refused body: errors names each invalid field; for a body"
              + " that is not JSON (malformed-json), line and column say where it broke.",
      requiredProperties = {"type", "title", "status"})
  record BadBody(
      @Schema(example = "https://rapport.dev/problems/validation-failed") String type,
      @Schema(example = "Validation failed") String title,
      @Schema(example = "400") int status,
      String detail,
      @Schema(description = "The request path") String instance,
      @Schema(description = "One entry per invalid field or parameter") List<FieldError> errors,
      @Schema(description = "Line of the body where the JSON broke", example = "1") Integer line,
      @Schema(description = "Column of the body where the JSON broke", example = "10")
          Integer column) {}
}
