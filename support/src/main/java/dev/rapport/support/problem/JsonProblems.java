package dev.rapport.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.rapport.support.input.RefusedValueException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Request bodies Jackson could not read, as 400 problems: "malformed-json" (not JSON at all, with
 * the parser's location), "unknown-field" (a field the request does not have, with the fields it
 * has) or "invalid-field" (JSON, but a field has the wrong type or enum value).
 */
public final class JsonProblems {
  public static final String MALFORMED_JSON = "malformed-json";
  public static final String INVALID_FIELD = "invalid-field";
  public static final String UNKNOWN_FIELD = "unknown-field";

  private JsonProblems() {}

  public static Problem from(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownField(unknown);
    }
    if (e instanceof JsonMappingException mapping) {
      return invalidField(mapping);
    }
    return malformed(e);
  }

  static Problem malformed(JsonProcessingException e) {
    Map<String, Object> location = new LinkedHashMap<>();
    StringBuilder detail =
        new StringBuilder("The request body is not valid JSON: ").append(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      location.put("line", at.getLineNr());
      location.put("column", at.getColumnNr());
      detail.append(" (line ").append(at.getLineNr());
      detail.append(", column ").append(at.getColumnNr()).append(')');
    }
    return new Problem(
        400, MALFORMED_JSON, "Malformed JSON", detail.toString(), null, null, location);
  }

  static Problem invalidField(JsonMappingException e) {
    String field = FieldPaths.of(e.getPath());
    String message = message(e);
    String detail = field.isEmpty() ? "The request body " + message : field + " " + message;
    List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, message));
    return new Problem(400, INVALID_FIELD, "Invalid field", detail, null, errors, Map.of());
  }

  static Problem unknownField(UnrecognizedPropertyException e) {
    String field = FieldPaths.of(e.getPath());
    String known =
        e.getKnownPropertyIds() == null
            ? ""
            : e.getKnownPropertyIds().stream()
                .map(String::valueOf)
                .sorted()
                .collect(Collectors.joining(", "));
    String message =
        known.isEmpty()
            ? "is not a field of this request"
            : "is not a field of this request; the fields here are: " + known;
    return new Problem(
        400,
        UNKNOWN_FIELD,
        "Unknown field",
        field + " " + message,
        null,
        List.of(new FieldError(field, message)),
        Map.of());
  }

  private static String message(JsonMappingException e) {
    if (e instanceof RefusedValueException refused) {
      return refused.clientMessage();
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return mustBe(mismatch.getTargetType());
    }
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof IllegalArgumentException) {
      // Records that check their own arguments speak to the client in their exception message.
      return "is invalid: " + e.getCause().getMessage();
    }
    return "is invalid";
  }

  /** "must be one of HIGH, MEDIUM, LOW", "must be a string", ... */
  static String mustBe(Class<?> type) {
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name())
              .collect(Collectors.joining(", "));
    }
    return "must be " + kind(type);
  }

  private static String kind(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == java.math.BigInteger.class) {
      return "an integer";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date" : "timestamp");
    }
    if (type == java.time.Duration.class) {
      return "an ISO-8601 duration";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }
}
