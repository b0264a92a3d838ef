package dev.rapport.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;

/**
 * Which problem an exception stands for. Frameworks wrap what actually went wrong (a JSON parse
 * error inside a WebApplicationException, a stale version inside a failed commit), so the cause
 * chain is searched for the most telling exception.
 */
public final class ExceptionProblems {
  public static final String STALE_VERSION = "stale-version";
  public static final String INTERNAL_ERROR = "internal-error";

  private ExceptionProblems() {}

  /** The problem for {@code e}, or empty when nothing in its chain is known: an internal error. */
  public static Optional<Problem> known(Throwable e) {
    // A domain problem wins wherever it is, e.g. thrown by a record's constructor inside Jackson.
    for (Throwable t : chain(e)) {
      if (t instanceof ProblemException problem) {
        return Optional.of(Problem.from(problem));
      }
    }
    WebApplicationException outerWebException = null;
    for (Throwable t : chain(e)) {
      Optional<Problem> specific = specific(t);
      if (specific.isPresent()) {
        return specific;
      }
      // A REST client's error is a failed call to another service: ours to answer with a 500,
      // not a status to hand on to our own caller.
      if (outerWebException == null
          && t instanceof WebApplicationException web
          && !(t instanceof ResteasyReactiveClientProblem)) {
        outerWebException = web;
      }
    }
    return Optional.ofNullable(outerWebException).map(ExceptionProblems::fromStatus);
  }

  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  /** A generic 500 that tells the client nothing about the server's insides. */
  public static Problem internalError(String errorId) {
    return new Problem(
            500,
            INTERNAL_ERROR,
            "Internal error",
            "The server failed to handle the request; report error id "
                + errorId
                + " if it persists",
            null,
            null,
            Map.of())
        .withExtension("errorId", errorId);
  }

  public static Problem unauthorized() {
    return Problem.of(401, "unauthorized", "A valid bearer token is required")
        .withTitle("Unauthorized");
  }

  public static Problem forbidden() {
    return Problem.of(403, "forbidden", "Your roles do not allow this operation")
        .withTitle("Forbidden");
  }

  private static Optional<Problem> specific(Throwable t) {
    if (t instanceof ConstraintViolationException violations) {
      return ValidationProblems.isReturnValueViolation(violations)
          ? Optional.empty()
          : Optional.of(ValidationProblems.from(violations));
    }
    if (t instanceof JsonProcessingException json) {
      return Optional.of(JsonProblems.from(json));
    }
    if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
      return Optional.of(
          new Problem(
              412,
              STALE_VERSION,
              "Precondition failed",
              "The resource was changed by someone else; fetch it again and retry",
              null,
              null,
              Map.of()));
    }
    if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
      return Optional.of(unauthorized());
    }
    if (t instanceof io.quarkus.security.ForbiddenException) {
      return Optional.of(forbidden());
    }
    if (t instanceof org.hibernate.exception.ConstraintViolationException violation
        && (violation.getKind() == ConstraintKind.UNIQUE
            || violation.getKind() == ConstraintKind.FOREIGN_KEY)) {
      // A key the request collided with, typically through a concurrent write. NOT NULL and CHECK
      // violations stay 500s: input validation should have caught them, so they are bugs.
      return Optional.of(
          Problem.of(409, "conflict", "The request conflicts with the current state of the data"));
    }
    return Optional.empty();
  }

  private static Problem fromStatus(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if ((status == 404 || status == 400) && isParameterConversion(e.getCause())) {
      // Quarkus REST answers a path or query parameter it cannot convert with a 404 (as JAX-RS
      // says); to a client it is bad input.
      return Problem.of(400, "invalid-parameter", parameterDetail(e.getCause()))
          .withTitle("Invalid parameter");
    }
    String detail =
        switch (status) {
          case 401 -> "A valid bearer token is required";
          case 403 -> "Your roles do not allow this operation";
          case 404 -> "There is nothing at this path";
          case 405 -> "This path does not accept that HTTP method";
          case 406 -> "The response cannot be given in any of the media types in Accept";
          case 415 -> "Send the request body as application/json";
          default -> status >= 500 ? null : e.getMessage();
        };
    return Problem.of(status, slug(status), detail);
  }

  private static boolean isParameterConversion(Throwable cause) {
    return cause instanceof IllegalArgumentException || cause instanceof DateTimeParseException;
  }

  /** Says what was wrong without echoing messages that name Java classes. */
  private static String parameterDetail(Throwable cause) {
    String detail = "A path or query parameter has an invalid value";
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof NumberFormatException) {
      return detail + ": a number was expected (" + message + ")";
    }
    if (cause instanceof DateTimeParseException parse) {
      return detail + ": '" + parse.getParsedString() + "' is not an ISO-8601 value";
    }
    if (message.startsWith("Invalid UUID string")) {
      return detail + ": " + message;
    }
    if (message.startsWith("No enum constant ")) {
      return detail
          + ": '"
          + message.substring(message.lastIndexOf('.') + 1)
          + "' is not one of the accepted values";
    }
    return detail;
  }

  private static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 412 -> STALE_VERSION;
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 429 -> "too-many-requests";
      case 503 -> "service-unavailable";
      default -> status >= 500 ? INTERNAL_ERROR : "http-" + status;
    };
  }
}
