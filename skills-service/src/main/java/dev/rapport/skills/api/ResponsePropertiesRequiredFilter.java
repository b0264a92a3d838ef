package dev.rapport.skills.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every property of a /api/v1 success body is required in the document: Jackson writes every
 * component of the response records, null ones as null (those are {@code nullable}), so a client
 * may rely on each being present. Walks the schemas reachable from the 2xx bodies; request records,
 * problems and the SCIM resources (whose attributes a client may leave out) are not reached.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponsePropertiesRequiredFilter implements OASFilter {
  private static final String COMPONENTS = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null
        || openAPI.getPaths().getPathItems() == null
        || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    Deque<Schema> toVisit = new ArrayDeque<>();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/v1/")) {
                return;
              }
              item.getOperations()
                  .values()
                  .forEach(
                      operation -> {
                        if (operation.getResponses() == null
                            || operation.getResponses().getAPIResponses() == null) {
                          return;
                        }
                        operation
                            .getResponses()
                            .getAPIResponses()
                            .forEach(
                                (status, response) -> {
                                  if (status.startsWith("2") && response.getContent() != null) {
                                    response.getContent().getMediaTypes().values().stream()
                                        .map(MediaType::getSchema)
                                        .forEach(toVisit::add);
                                  }
                                });
                      });
            });
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> seenRefs = new HashSet<>();
    while (!toVisit.isEmpty()) {
      Schema schema = toVisit.pop();
      if (schema == null || !seen.add(schema)) {
        continue;
      }
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(COMPONENTS.length());
        if (seenRefs.add(name) && components.containsKey(name)) {
          toVisit.add(components.get(name));
        }
        continue;
      }
      if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
        List<String> required =
            new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        schema.getProperties().keySet().stream()
            .filter(name -> !required.contains(name))
            .forEach(required::add);
        schema.setRequired(required);
        toVisit.addAll(schema.getProperties().values());
      }
      if (schema.getItems() != null) {
        toVisit.add(schema.getItems());
      }
      // A nullable reference is an anyOf of the reference and null in SmallRye's model; it becomes
      // allOf plus nullable only when written as OpenAPI 3.0.
      for (List<Schema> parts :
          Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (parts != null) {
          toVisit.addAll(parts);
        }
      }
      if (schema.getAdditionalPropertiesSchema() != null) {
        toVisit.add(schema.getAdditionalPropertiesSchema());
      }
    }
  }
}
