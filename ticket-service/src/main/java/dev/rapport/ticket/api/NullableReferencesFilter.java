package dev.rapport.ticket.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.internal.models.media.SchemaSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes {@code @Schema(nullable = true)} true of properties whose type is a component (Instant,
 * UUID, BusinessServiceRef …). SmallRye writes those for OpenAPI 3.0 as {@code nullable: true}
 * beside {@code allOf: [$ref]}, and in OpenAPI 3.0 nullable does not reach into allOf: the
 * referenced schema still refuses null, so validators and client generators reject the nulls the
 * service sends. Such a property gets the referenced schema inlined, with its own description and
 * nullable.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferencesFilter implements OASFilter {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    for (Schema schema : components.values()) {
      inlineNullableReferences(schema, components);
    }
  }

  private static void inlineNullableReferences(Schema schema, Map<String, Schema> components) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      for (Schema property : schema.getProperties().values()) {
        inline(property, components);
        inlineNullableReferences(property, components);
      }
    }
    if (schema.getItems() != null) {
      inline(schema.getItems(), components);
    }
  }

  private static void inline(Schema property, Map<String, Schema> components) {
    if (!isNullable(property)) {
      return;
    }
    // In the model (OpenAPI 3.1) a nullable reference is anyOf: [$ref, {type: null}] (or a $ref
    // beside type null), which the 3.0 writer turns into allOf: [$ref] with nullable: true.
    String ref = null;
    if (property.getAnyOf() != null && property.getAnyOf().size() == 2) {
      for (Schema alternative : property.getAnyOf()) {
        if (alternative.getRef() != null) {
          ref = alternative.getRef();
        } else if (!List.of(Schema.SchemaType.NULL).equals(alternative.getType())) {
          return;
        }
      }
    }
    if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
      ref = property.getAllOf().get(0).getRef();
    }
    if (ref == null) {
      ref = property.getRef();
    }
    if (ref == null || !ref.startsWith(COMPONENT_PREFIX)) {
      return;
    }
    Schema target = components.get(ref.substring(COMPONENT_PREFIX.length()));
    if (target == null || target.getRef() != null || target.getType() == null) {
      return;
    }
    Map<String, Object> merged = new LinkedHashMap<>(target.getAll());
    property.getAll().forEach(merged::put);
    merged.remove("anyOf");
    merged.remove("allOf");
    merged.remove("$ref");
    property.setAll(merged);
    property.setAnyOf(null);
    property.setAllOf(null);
    property.setRef(null);
    List<Schema.SchemaType> types = new ArrayList<>(target.getType());
    types.remove(Schema.SchemaType.NULL);
    property.setType(types);
    SchemaSupport.setNullable(property, Boolean.TRUE);
  }

  /**
   * SmallRye keeps nullability aside (written out as nullable: true for 3.0), as type null, or as a
   * null alternative in anyOf.
   */
  private static boolean isNullable(Schema schema) {
    return Boolean.TRUE.equals(SchemaSupport.getNullable(schema))
        || (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
        || (schema.getAnyOf() != null
            && schema.getAnyOf().stream()
                .anyMatch(a -> List.of(Schema.SchemaType.NULL).equals(a.getType())));
  }
}
