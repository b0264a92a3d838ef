package dev.rapport.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.local.openapi.FuzzOperations.Operation;
import dev.rapport.local.openapi.FuzzOperations.Parameter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks every operation of an OpenAPI document with bad input (malformed JSON, wrong types, missing
 * required fields, a field the body does not have, NUL and control characters, oversize strings,
 * out-of-range numbers and instants, bad enums, {@code [null]} elements, garbage ids and crafted
 * cursors) and checks what a portal relies on: never a 5xx; a 4xx in the error media type of the
 * path; a value the document rules out is refused; and a refused request writes no row.
 */
public final class FuzzWalk {
  private final URI baseUri;
  private final FuzzOperations operations;
  private final FuzzInputs inputs;
  private final Function<String, String> tokenForPath;
  private final BiFunction<String, String, String> pathValues;
  private final Function<String, String> errorMediaType;
  private final Supplier<Map<String, Long>> rowCounts;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<String> failures = new ArrayList<>();
  private int requests;
  private Map<String, Long> lastCounts;

  private FuzzWalk(Builder builder) {
    this.baseUri = Objects.requireNonNull(builder.baseUri, "baseUri");
    this.operations = Objects.requireNonNull(builder.operations, "operations");
    this.inputs = new FuzzInputs(operations);
    this.tokenForPath = builder.tokenForPath;
    this.pathValues = builder.pathValues;
    this.errorMediaType = builder.errorMediaType;
    this.rowCounts = builder.rowCounts;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** What the walk found. */
  public record Report(int operations, int requests, Duration took, List<String> failures) {
    /** Throws an AssertionError listing the failures (the first 60) when there are any. */
    public void assertClean() {
      if (!failures.isEmpty()) {
        throw new AssertionError(
            failures.size()
                + " of "
                + requests
                + " bad requests were mishandled:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(60, failures.size()))));
      }
    }
  }

  public Report run() {
    long start = System.nanoTime();
    List<Operation> all = operations.operations();
    // Deletes last: one that succeeds (a value the document allows) removes a fixture.
    for (boolean deletes : new boolean[] {false, true}) {
      for (Operation operation : all) {
        if (operation.method().equals("delete") == deletes
            && !operation.method().equals("head")
            && !operation.method().equals("options")) {
          walk(operation);
        }
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "Fuzz walk: %d operations, %d requests, %d failures in %d ms%n",
        all.size(), requests, failures.size(), took.toMillis());
    return new Report(all.size(), requests, took, List.copyOf(failures));
  }

  private void walk(Operation operation) {
    Map<String, String> path = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Parameter parameter : operation.parameters()) {
      switch (parameter.in()) {
        case "path" -> path.put(parameter.name(), pathValue(operation, parameter));
        case "query" -> {
          if (parameter.required()) {
            query.put(parameter.name(), inputs.sample(parameter.schema()).asText());
          }
        }
        case "header" -> {
          if (parameter.required()) {
            headers.put(
                parameter.name(),
                parameter.name().equalsIgnoreCase("If-Match")
                    ? "\"0\""
                    : inputs.sample(parameter.schema()).asText());
          }
        }
        default -> {}
      }
    }
    JsonNode body = operation.bodySchema() == null ? null : inputs.sample(operation.bodySchema());
    String sampleBody = body == null ? null : body.toString();

    for (Parameter parameter : operation.parameters()) {
      if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
        continue;
      }
      for (FuzzInputs.BadParameter bad :
          inputs.badParameters(parameter.name(), parameter.schema())) {
        Map<String, String> badPath = new LinkedHashMap<>(path);
        Map<String, String> badQuery = new LinkedHashMap<>(query);
        (parameter.in().equals("path") ? badPath : badQuery).put(parameter.name(), bad.value());
        send(
            operation,
            badPath,
            badQuery,
            headers,
            sampleBody,
            bad.strict(),
            parameter.in() + " " + parameter.name() + ": " + bad.kind());
      }
    }
    if (body == null) {
      return;
    }
    JsonNode schema = operations.resolve(operation.bodySchema());
    boolean object = FuzzInputs.type(schema).equals("object");
    send(operation, path, query, headers, "{\"", true, "body: malformed JSON");
    send(operation, path, query, headers, "{\"title\": \"a\" ", true, "body: truncated JSON");
    send(operation, path, query, headers, object ? "[]" : "{}", true, "body: wrong type");
    send(operation, path, query, headers, "null", operation.bodyRequired(), "body: null");
    if (object) {
      send(
          operation,
          path,
          query,
          headers,
          "{}",
          schema.path("required").size() > 0,
          "body: empty object");
      if (schema.path("properties").size() > 0 && !schema.has("additionalProperties")) {
        // A misspelt field ("assignee" for "assigneeId") must not be ignored with a 200.
        ObjectNode copy = body.deepCopy();
        copy.put("fuzzUnknownField", "x");
        send(operation, path, query, headers, copy.toString(), true, "body: unknown field");
      }
      for (JsonNode required : schema.path("required")) {
        ObjectNode copy = body.deepCopy();
        copy.remove(required.asText());
        send(
            operation,
            path,
            query,
            headers,
            copy.toString(),
            true,
            "body: missing required " + required.asText());
      }
    }
    mutate(operation, path, query, headers, body, schema, body, "", 0);
  }

  /** Replaces each property under {@code node} (part of {@code root}) by each bad value. */
  private void mutate(
      Operation operation,
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      JsonNode root,
      JsonNode schema,
      JsonNode node,
      String at,
      int depth) {
    if (depth > 3) {
      return;
    }
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> properties =
          schema.path("properties").properties().iterator();
      while (properties.hasNext()) {
        Map.Entry<String, JsonNode> property = properties.next();
        if (!object.has(property.getKey())) {
          continue;
        }
        JsonNode propertySchema = operations.resolve(property.getValue());
        String name = at.isEmpty() ? property.getKey() : at + "." + property.getKey();
        JsonNode original = object.get(property.getKey());
        for (FuzzInputs.Bad bad : inputs.badValues(propertySchema)) {
          object.set(property.getKey(), bad.value());
          send(
              operation,
              path,
              query,
              headers,
              root.toString(),
              bad.strict(),
              "body " + name + ": " + bad.kind());
        }
        object.set(property.getKey(), original);
        mutate(operation, path, query, headers, root, propertySchema, original, name, depth + 1);
      }
    } else if (node instanceof ArrayNode array && array.size() > 0) {
      JsonNode itemSchema = operations.resolve(schema.path("items"));
      JsonNode original = array.get(0);
      if (original.isContainerNode()) {
        mutate(operation, path, query, headers, root, itemSchema, original, at + "[0]", depth + 1);
      } else {
        for (FuzzInputs.Bad bad : inputs.badValues(itemSchema)) {
          array.set(0, bad.value());
          send(
              operation,
              path,
              query,
              headers,
              root.toString(),
              bad.strict(),
              "body " + at + "[0]: " + bad.kind());
        }
        array.set(0, original);
      }
    }
  }

  private String pathValue(Operation operation, Parameter parameter) {
    String value = pathValues.apply(operation.path(), parameter.name());
    return value != null ? value : UUID.randomUUID().toString();
  }

  private void send(
      Operation operation,
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      boolean strict,
      String what) {
    // A count that moved for another reason (a consumer, a scheduled job) moves once; a partial
    // write by the request moves every time: so a moved count is tried twice more.
    String failure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      failure = sendOnce(operation, path, query, headers, body, strict, what);
      if (failure == null || !failure.contains("rows changed")) {
        break;
      }
    }
    if (failure != null) {
      failures.add(failure);
    }
  }

  private String sendOnce(
      Operation operation,
      Map<String, String> path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      boolean strict,
      String what) {
    requests++;
    URI uri = uri(operation.path(), path, query);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    String token = tokenForPath.apply(operation.path());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    request.header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        operation.method().toUpperCase(java.util.Locale.ROOT),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    Map<String, Long> before = counts();
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return operation.label() + " [" + what + "]: no response (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = response.statusCode();
    String label = operation.label() + " [" + what + "] → " + status;
    if (status >= 500) {
      lastCounts = null;
      return label + ": " + abbreviate(response.body());
    }
    if (status < 400) {
      lastCounts = null;
      return strict ? label + ": accepted a value the document rules out" : null;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    String expected = errorMediaType.apply(operation.path());
    if (!contentType.startsWith(expected)) {
      lastCounts = null;
      return label + ": Content-Type '" + contentType + "', expected " + expected;
    }
    Map<String, Long> after = countsAfter();
    if (before != null && !before.equals(after)) {
      return label + ": rows changed " + changed(before, after);
    }
    // The refusal itself must be documented: its status, media type and Problem body.
    String undocumented = ContractValidation.responseViolations(uri, operation.method(), response);
    return undocumented == null ? null : label + ": " + undocumented;
  }

  /** The counts before a request: those after the previous one when nothing was written since. */
  private Map<String, Long> counts() {
    if (rowCounts == null) {
      return null;
    }
    return lastCounts != null ? lastCounts : rowCounts.get();
  }

  private Map<String, Long> countsAfter() {
    lastCounts = rowCounts == null ? null : rowCounts.get();
    return lastCounts;
  }

  private static String changed(Map<String, Long> before, Map<String, Long> after) {
    Map<String, String> changed = new LinkedHashMap<>();
    after.forEach(
        (table, count) -> {
          if (!Objects.equals(before.get(table), count)) {
            changed.put(table, before.get(table) + "→" + count);
          }
        });
    return changed.toString();
  }

  private URI uri(String template, Map<String, String> path, Map<String, String> query) {
    String resolved = template;
    for (Map.Entry<String, String> value : path.entrySet()) {
      resolved = resolved.replace("{" + value.getKey() + "}", encode(value.getValue()));
    }
    StringBuilder uri = new StringBuilder(resolved);
    char separator = '?';
    for (Map.Entry<String, String> value : query.entrySet()) {
      uri.append(separator)
          .append(encode(value.getKey()))
          .append('=')
          .append(encode(value.getValue()));
      separator = '&';
    }
    return baseUri.resolve(uri.toString());
  }

  /** Percent-encodes all but RFC 3986's unreserved characters, fit for a path segment or query. */
  static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  public static final class Builder {
    private URI baseUri;
    private FuzzOperations operations;
    private Function<String, String> tokenForPath = path -> null;
    private BiFunction<String, String, String> pathValues = (path, name) -> null;
    private Function<String, String> errorMediaType = path -> "application/problem+json";
    private Supplier<Map<String, Long>> rowCounts;

    /** Where the service listens, e.g. {@code http://localhost:41234/}. */
    public Builder baseUri(URI baseUri) {
      this.baseUri = baseUri;
      return this;
    }

    public Builder operations(FuzzOperations operations) {
      this.operations = operations;
      return this;
    }

    /** The bearer token for an operation's path template (one allowed to call it). */
    public Builder tokens(Function<String, String> tokenForPath) {
      this.tokenForPath = tokenForPath;
      return this;
    }

    /**
     * Known-good values for path parameters (path template, parameter name → value, or null for a
     * random UUID), so that body checks get past the lookup of the resource.
     */
    public Builder pathValues(BiFunction<String, String, String> pathValues) {
      this.pathValues = pathValues;
      return this;
    }

    /** The media type of 4xx bodies for a path template (problem+json unless told). */
    public Builder errorMediaType(Function<String, String> errorMediaType) {
      this.errorMediaType = errorMediaType;
      return this;
    }

    /** Row counts per table, compared before and after each refused request. */
    public Builder rowCounts(Supplier<Map<String, Long>> rowCounts) {
      this.rowCounts = rowCounts;
      return this;
    }

    public FuzzWalk build() {
      return new FuzzWalk(this);
    }
  }
}
