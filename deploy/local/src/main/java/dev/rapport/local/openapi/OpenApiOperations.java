package dev.rapport.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service's own OpenAPI document ({@code /q/openapi}), for tests that call
 * every one of them. Kept to what the role matrix needs: method, path template and the request
 * body's media type.
 */
public final class OpenApiOperations {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation: {@code key()} is "METHOD /path/{param}" as the OpenAPI document names it. */
  public record Operation(String method, String path, String requestMediaType) {
    public String key() {
      return method + " " + path;
    }

    public boolean hasBody() {
      return requestMediaType != null;
    }
  }

  private OpenApiOperations() {}

  /** Fetches {@code base}/q/openapi as JSON and lists its operations in document order. */
  public static List<Operation> fetch(HttpClient http, URI base) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET /q/openapi answered " + response.statusCode() + ": " + response.body());
      }
      return parse(new ObjectMapper().readTree(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the OpenAPI document at " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Operation> parse(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!METHODS.contains(method.getKey())) {
          continue; // "parameters", "summary" and the like
        }
        JsonNode content = method.getValue().path("requestBody").path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        operations.add(
            new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), mediaType));
      }
    }
    return operations;
  }
}
