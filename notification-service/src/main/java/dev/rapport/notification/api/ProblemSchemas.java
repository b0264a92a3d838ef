package dev.rapport.notification.api;

import dev.rapport.support.problem.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The problems of this service that carry extension members beyond the shared {@code Problem}
 * schema, for the OpenAPI document only (never built: the responses are {@code
 * dev.rapport.support.problem.Problem}). Each repeats the standard members so that a client sees
 * the whole body in one schema.
 */
final class ProblemSchemas {
  private ProblemSchemas() {}

  static final String TYPE = "A URI naming the kind of problem";

  @Schema(
      name = "SubscriptionProblem",
      description =
          "400: bad fields, in errors (format checks) or named in invalidFields (the URL, event"
              + " types and secret checks), with the reasons in detail")
  record InvalidSubscription(
      @Schema(
              required = true,
              description = TYPE,
              example = "https://rapport.dev/problems/invalid-subscription")
          String type,
      @Schema(required = true, example = "Bad request") String title,
      @Schema(required = true, example = "400") int status,
      @Schema(example = "url must be an absolute https URL with a host") String detail,
      String instance,
      @Schema(description = "One entry per invalid field (format checks)") List<FieldError> errors,
      @Schema(description = "The fields refused", example = "[\"url\"]") List<String> invalidFields,
      @Schema(description = "Malformed JSON only: the line where reading stopped", example = "1")
          Integer line,
      @Schema(description = "Malformed JSON only: the column where reading stopped", example = "14")
          Integer column) {}

  @Schema(
      name = "RuleConflictProblem",
      description =
          "409: a rule for the audience and event type exists (ruleId names it), or an earlier"
              + " request with this Idempotency-Key did not finish")
  record RuleConflict(
      @Schema(
              required = true,
              description = TYPE,
              example = "https://rapport.dev/problems/rule-exists")
          String type,
      @Schema(required = true, example = "Conflict") String title,
      @Schema(required = true, example = "409") int status,
      String detail,
      String instance,
      @Schema(description = "The existing rule; change it with PUT") UUID ruleId) {}

  @Schema(
      name = "NotReplayableProblem",
      description =
          "409: the delivery is neither DEAD nor FAILED, or is being sent right now (claimedUntil)")
  record NotReplayable(
      @Schema(
              required = true,
              description = TYPE,
              example = "https://rapport.dev/problems/not-replayable")
          String type,
      @Schema(required = true, example = "Conflict") String title,
      @Schema(required = true, example = "409") int status,
      String detail,
      String instance,
      @Schema(description = "The delivery's status", example = "SENT") String deliveryStatus,
      @Schema(description = "Until when a sender holds it") Instant claimedUntil) {}
}
