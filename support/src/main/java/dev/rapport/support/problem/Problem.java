package dev.rapport.support.problem;

import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An RFC 9457 problem: the body of every error response. {@code type} is a slug (e.g.
 * "validation-failed") that {@link #body()} turns into {@code https://rapport.dev/problems/<slug>};
 * extensions become extra top-level members but never replace the standard ones.
 */
public record Problem(
    int status,
    String type,
    String title,
    String detail,
    String instance,
    List<FieldError> errors,
    Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://rapport.dev/problems/";

  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "errors");

  public Problem {
    title = title != null ? title : reasonPhrase(status);
    errors = errors == null ? List.of() : List.copyOf(errors);
    // Map.copyOf would reject null values, which an extension may legitimately carry.
    extensions =
        extensions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** A problem with the standard title of {@code status} and nothing else set. */
  public static Problem of(int status, String type, String detail) {
    return new Problem(status, type, null, detail, null, List.of(), Map.of());
  }

  public static Problem from(ProblemException e) {
    return new Problem(
        e.status(), e.type(), e.title(), e.getMessage(), null, e.errors(), e.extensions());
  }

  public Problem withTitle(String newTitle) {
    return new Problem(status, type, newTitle, detail, instance, errors, extensions);
  }

  public Problem withInstance(String newInstance) {
    return new Problem(status, type, title, detail, newInstance, errors, extensions);
  }

  public Problem withErrors(List<FieldError> newErrors) {
    return new Problem(status, type, title, detail, instance, newErrors, extensions);
  }

  public Problem withExtension(String name, Object value) {
    Map<String, Object> merged = new LinkedHashMap<>(extensions);
    merged.put(name, value);
    return new Problem(status, type, title, detail, instance, errors, merged);
  }

  /** {@code https://rapport.dev/problems/<slug>}; an absolute URI is kept as it is. */
  public static String typeUri(String slug) {
    if (slug == null || slug.isBlank()) {
      return "about:blank";
    }
    return slug.contains(":") ? slug : TYPE_BASE + slug;
  }

  /** The JSON members in RFC 9457 order; absent optional members are left out. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", typeUri(type));
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    extensions.forEach(
        (name, value) -> {
          if (!STANDARD_MEMBERS.contains(name)) {
            body.putIfAbsent(name, value);
          }
        });
    return body;
  }

  private static String reasonPhrase(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    if (known != null) {
      // Sentence case, like every title Rapport writes itself ("Method not allowed").
      String phrase = known.getReasonPhrase();
      return phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
    }
    return switch (status) {
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Server error" : "Client error";
    };
  }
}
