package dev.rapport.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the fuzz walk sends: a plausible value for a schema (so that one bad property at a time
 * reaches the service's deeper checks) and the bad values for a property or a parameter.
 */
public final class FuzzInputs {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String NUL = "\u0000";
  static final String CONTROL = "\u0001\u001b";
  static final String OVERSIZE = "x".repeat(100_000);
  static final List<String> OUT_OF_RANGE_INSTANTS =
      List.of("9999999-01-01T00:00:00Z", "+9999999-01-01T00:00:00Z", "-290000-01-01T00:00:00Z");

  /**
   * A bad value and whether a service must refuse it (a 4xx): {@code strict} is false for values
   * the document does not rule out, e.g. a long string where no maxLength is declared.
   */
  public record Bad(String kind, JsonNode value, boolean strict) {}

  /** A bad raw parameter value (already as the text to send, not encoded). */
  public record BadParameter(String kind, String value, boolean strict) {}

  private final FuzzOperations operations;

  public FuzzInputs(FuzzOperations operations) {
    this.operations = operations;
  }

  /** A value the schema allows, with every property filled in (optional ones too). */
  public JsonNode sample(JsonNode rawSchema) {
    return sample(rawSchema, 0);
  }

  private JsonNode sample(JsonNode rawSchema, int depth) {
    JsonNode schema = operations.resolve(rawSchema);
    if (schema == null || schema.isMissingNode()) {
      return NODES.textNode("fuzz");
    }
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(0);
    }
    if (schema.has("example")
        && !schema.get("example").isObject()
        && !schema.get("example").isArray()) {
      return schema.get("example");
    }
    String type = type(schema);
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
          return object;
        }
        Iterator<Map.Entry<String, JsonNode>> properties =
            schema.path("properties").properties().iterator();
        while (properties.hasNext()) {
          Map.Entry<String, JsonNode> property = properties.next();
          if (!property.getValue().path("readOnly").asBoolean(false)) {
            object.set(property.getKey(), sample(property.getValue(), depth + 1));
          }
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (depth <= 4) {
          array.add(sample(schema.path("items"), depth + 1));
        }
        return array;
      }
      case "integer" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
      }
      case "number" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return NODES.textNode(sampleText(schema));
      }
    }
  }

  private static String sampleText(JsonNode schema) {
    String format = schema.path("format").asText("");
    return switch (format) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date-time" -> Instant.now().toString();
      case "date" -> LocalDate.now().toString();
      case "email" -> "fuzz@example.com";
      case "uri", "url" -> "https://example.com/fuzz";
      case "duration" -> "PT1H";
      default -> {
        int min = schema.path("minLength").asInt(0);
        yield min > 4 ? "f".repeat(min) : "fuzz";
      }
    };
  }

  /** The bad values for a body property (or the whole body) of {@code rawSchema}. */
  public List<Bad> badValues(JsonNode rawSchema) {
    JsonNode schema = operations.resolve(rawSchema);
    List<Bad> bad = new ArrayList<>();
    String type = type(schema);
    switch (type) {
      case "object" -> bad.add(new Bad("wrong type", NODES.textNode("not-an-object"), true));
      case "array" -> {
        bad.add(new Bad("wrong type", NODES.objectNode().put("not", "an array"), true));
        bad.add(new Bad("[null]", NODES.arrayNode().addNull(), true));
        if (type(operations.resolve(schema.path("items"))).equals("string")) {
          bad.add(new Bad("NUL in an element", NODES.arrayNode().add("a" + NUL), true));
        }
      }
      case "integer", "number" -> {
        bad.add(new Bad("wrong type", NODES.textNode("not-a-number"), true));
        bad.add(
            new Bad(
                "out of range",
                NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                true));
        bad.add(new Bad("negative", NODES.numberNode(-2_147_483_649L), schema.has("minimum")));
        if (schema.has("maximum")) {
          bad.add(
              new Bad("above maximum", NODES.numberNode(schema.get("maximum").asLong() + 1), true));
        }
      }
      case "boolean" -> bad.add(new Bad("wrong type", NODES.textNode("maybe"), true));
      default -> {
        bad.add(new Bad("wrong type", NODES.objectNode().put("not", "a string"), true));
        bad.add(new Bad("NUL", NODES.textNode("a" + NUL + "b"), true));
        bad.add(new Bad("control characters", NODES.textNode("a" + CONTROL + "b"), true));
        bad.add(new Bad("oversize", NODES.textNode(OVERSIZE), schema.has("maxLength")));
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
          bad.add(new Bad("bad enum", NODES.textNode("NOT_A_VALUE"), true));
        }
        if (format.equals("date-time") || format.equals("date")) {
          for (String instant : OUT_OF_RANGE_INSTANTS) {
            bad.add(new Bad("out-of-range instant", NODES.textNode(instant), true));
          }
        }
        if (format.equals("uuid")) {
          bad.add(new Bad("garbage id", NODES.textNode("not-a-uuid"), true));
        }
      }
    }
    return bad;
  }

  /** The bad values for a path, query or header parameter of {@code rawSchema}. */
  public List<BadParameter> badParameters(String name, JsonNode rawSchema) {
    JsonNode schema = operations.resolve(rawSchema);
    List<BadParameter> bad = new ArrayList<>();
    String type = type(schema);
    if (type.equals("array")) {
      schema = operations.resolve(schema.path("items"));
      type = type(schema);
    }
    String format = schema.path("format").asText("");
    bad.add(new BadParameter("NUL", "a" + NUL, true));
    bad.add(new BadParameter("control characters", "a" + CONTROL, true));
    bad.add(new BadParameter("oversize", "x".repeat(2000), schema.has("maxLength")));
    bad.add(
        new BadParameter(
            "garbage",
            "not-a-valid-value",
            !type.equals("string") || !format.isEmpty() || schema.has("enum")));
    bad.add(new BadParameter("huge number", "99999999999999999999999", type.equals("integer")));
    bad.add(
        new BadParameter(
            "negative", "-1", schema.has("minimum") && schema.get("minimum").asLong() >= 0));
    for (String instant : OUT_OF_RANGE_INSTANTS) {
      bad.add(new BadParameter("out-of-range instant", instant, format.equals("date-time")));
    }
    if (name.equals("after")) {
      FuzzCursors.refused().forEach(c -> bad.add(new BadParameter("crafted cursor " + c, c, true)));
      // Well-formed, so perhaps a position in the list: refusing them is not required.
      FuzzCursors.wellFormed()
          .forEach(c -> bad.add(new BadParameter("crafted cursor " + c, c, false)));
    }
    return bad;
  }

  static String type(JsonNode schema) {
    if (schema == null) {
      return "string";
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return t.asText();
        }
      }
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "string";
  }
}
