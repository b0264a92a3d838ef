package dev.rapport.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of a service's OpenAPI document, as the fuzz walk needs them: method, path
 * template, parameters and the JSON schema of the request body, with {@code $ref}s resolved.
 */
public final class FuzzOperations {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  /** A path, query or header parameter. */
  public record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /** One operation; {@code bodySchema} is null when it takes no JSON body. */
  public record Operation(
      String method,
      String path,
      List<Parameter> parameters,
      JsonNode bodySchema,
      boolean bodyRequired) {
    public String label() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  private final JsonNode document;

  public FuzzOperations(JsonNode document) {
    this.document = document;
  }

  /**
   * Fetches {@code /q/openapi?format=json} from {@code baseUri} and, when {@code saveTo} is not
   * null, writes it there (for the lint, which reads the file).
   */
  public static FuzzOperations fetch(URI baseUri, Path saveTo) {
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(
                  HttpRequest.newBuilder(baseUri.resolve("/q/openapi?format=json")).build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET /q/openapi answered " + response.statusCode() + ": " + response.body());
      }
      if (saveTo != null) {
        Files.createDirectories(saveTo.toAbsolutePath().getParent());
        Files.writeString(saveTo, response.body());
      }
      return new FuzzOperations(JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode document() {
    return document;
  }

  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        List<Parameter> parameters = new ArrayList<>();
        addParameters(parameters, path.getValue().path("parameters"));
        addParameters(parameters, operation.path("parameters"));
        operations.add(
            new Operation(
                method,
                path.getKey(),
                List.copyOf(parameters),
                bodySchema(operation),
                resolve(operation.path("requestBody")).path("required").asBoolean(false)));
      }
    }
    return operations;
  }

  private void addParameters(List<Parameter> parameters, JsonNode list) {
    for (JsonNode parameter : list) {
      JsonNode resolved = resolve(parameter);
      parameters.removeIf(p -> p.name().equals(resolved.path("name").asText()));
      parameters.add(
          new Parameter(
              resolved.path("name").asText(),
              resolved.path("in").asText(),
              resolved.path("required").asBoolean(false),
              resolve(resolved.path("schema"))));
    }
  }

  private JsonNode bodySchema(JsonNode operation) {
    JsonNode content = resolve(operation.path("requestBody")).path("content");
    Iterator<Map.Entry<String, JsonNode>> types = content.properties().iterator();
    while (types.hasNext()) {
      Map.Entry<String, JsonNode> type = types.next();
      if (type.getKey().contains("json")) {
        return resolve(type.getValue().path("schema"));
      }
    }
    return null;
  }

  /**
   * The schema behind {@code $ref}, and the one schema of an {@code allOf} with a single member
   * (how SmallRye writes a described reference).
   */
  public JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; depth < 20 && current != null; depth++) {
      if (current.has("$ref")) {
        String ref = current.get("$ref").asText();
        current = document.at(ref.substring(1));
      } else if (current.has("allOf") && current.get("allOf").size() == 1) {
        JsonNode merged = resolve(current.get("allOf").get(0)).deepCopy();
        if (merged instanceof ObjectNode object) {
          current
              .properties()
              .iterator()
              .forEachRemaining(
                  f -> {
                    if (!f.getKey().equals("allOf")) {
                      object.set(f.getKey(), f.getValue());
                    }
                  });
        }
        return merged;
      } else {
        return current;
      }
    }
    return current;
  }
}
