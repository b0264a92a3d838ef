package dev.rapport.support.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by resources and domain services to answer with an RFC 9457 problem. {@code type} is a
 * short slug (e.g. "illegal-transition") turned into the problem's type URI; {@code extensions}
 * become extra members of the problem body (e.g. "allowedTransitions").
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final Map<String, Object> extensions;
  private final List<FieldError> errors;

  public ProblemException(
      int status, String type, String title, String detail, Map<String, Object> extensions) {
    this(status, type, title, detail, extensions, List.of());
  }

  private ProblemException(
      int status,
      String type,
      String title,
      String detail,
      Map<String, Object> extensions,
      List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    this.errors = List.copyOf(errors);
  }

  /**
   * A 400 "invalid-parameter" naming the path or query parameter {@code name} in its detail and as
   * its one field error.
   */
  public static ProblemException invalidParameter(String name, String message) {
    return new ProblemException(
        400,
        "invalid-parameter",
        "Invalid parameter",
        name + " " + message,
        Map.of(),
        List.of(new FieldError(name, message)));
  }

  public static ProblemException badRequest(String type, String detail) {
    return new ProblemException(400, type, "Bad request", detail, Map.of());
  }

  /** A 400 with one field error, for a client that shows errors next to fields. */
  public static ProblemException badRequest(String type, String detail, FieldError error) {
    return new ProblemException(400, type, "Bad request", detail, Map.of(), List.of(error));
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(
        404,
        "not-found",
        "Not found",
        what + " '" + id + "' does not exist or is not visible to you",
        Map.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, Map.of());
  }

  public static ProblemException conflict(
      String type, String detail, Map<String, Object> extensions) {
    return new ProblemException(409, type, "Conflict", detail, extensions);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(412, "stale-version", "Precondition failed", detail, Map.of());
  }

  public static ProblemException unprocessable(String type, String detail) {
    return new ProblemException(422, type, "Unprocessable content", detail, Map.of());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
