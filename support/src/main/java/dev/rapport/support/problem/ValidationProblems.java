package dev.rapport.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation failures as a 400 "validation-failed" problem with one error per violation. */
public final class ValidationProblems {
  public static final String TYPE = "validation-failed";

  private ValidationProblems() {}

  public static Problem from(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return new Problem(400, TYPE, "Validation failed", detail(errors), null, errors, Map.of());
  }

  /**
   * A violation of a method's return value is the server breaking its own contract, not bad input:
   * it stays a 500.
   */
  public static boolean isReturnValueViolation(ConstraintViolationException e) {
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          return true;
        }
      }
    }
    return false;
  }

  private static String detail(List<FieldError> errors) {
    if (errors.size() == 1) {
      FieldError only = errors.get(0);
      return only.field().isEmpty() ? only.message() : only.field() + " " + only.message();
    }
    return errors.size() + " fields are invalid; see errors";
  }
}
