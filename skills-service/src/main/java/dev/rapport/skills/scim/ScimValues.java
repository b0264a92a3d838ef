package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads attribute values from SCIM JSON the way identity providers send them: strings trimmed
 * (blank is absent), booleans also as the strings {@code "True"}/{@code "False"} (Entra ID), a
 * multi-valued attribute also as a single value. A value of the wrong kind is a 400 invalidValue
 * naming the attribute.
 */
final class ScimValues {
  /** Sub-attributes of multi-valued attributes, spelt as RFC 7643 does whatever case came in. */
  private static final List<String> SUB_ATTRIBUTES =
      List.of("value", "display", "type", "primary", "$ref");

  private ScimValues() {}

  static String text(JsonNode parent, String name, String label) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      String text = node.asText().strip();
      return text.isEmpty() ? null : text;
    }
    throw ScimProblems.invalidValue(label + " must be a string");
  }

  static boolean bool(JsonNode parent, String name, String label, boolean absent) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return absent;
    }
    Boolean value = asBoolean(node);
    if (value == null) {
      throw ScimProblems.invalidValue(label + " must be true or false; got " + node);
    }
    return value;
  }

  /** true or false, also from "True"/"False" in any case; null for anything else. */
  static Boolean asBoolean(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String text = node.asText().strip().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
    }
    return null;
  }

  /** An object attribute (name, the enterprise extension), or null when absent. */
  static ObjectNode object(JsonNode parent, String name, String label) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw ScimProblems.invalidValue(label + " must be an object");
  }

  /**
   * A multi-valued attribute as an array of objects with canonical sub-attribute names and boolean
   * {@code primary}: a plain string becomes {@code {"value": ...}}, a lone object an array of one.
   * Null when absent or empty.
   */
  static ArrayNode multiValued(JsonNode parent, String name) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
    int index = 0;
    for (JsonNode item : items) {
      String label = name + "[" + index++ + "]";
      if (item.isTextual()) {
        values.add(JsonNodeFactory.instance.objectNode().put("value", item.asText().strip()));
      } else if (item instanceof ObjectNode object) {
        values.add(canonical(object, label));
      } else if (!item.isNull()) {
        throw ScimProblems.invalidValue(label + " must be an object with a value");
      }
    }
    return values.isEmpty() ? null : values;
  }

  /** The value of the primary entry, else of the first entry with a value. */
  static String primaryValue(ArrayNode values) {
    if (values == null) {
      return null;
    }
    String first = null;
    for (JsonNode value : values) {
      String text = text(value, "value", "value");
      if (text == null) {
        continue;
      }
      if (value.path("primary").asBoolean(false)) {
        return text;
      }
      if (first == null) {
        first = text;
      }
    }
    return first;
  }

  static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ObjectNode canonical(ObjectNode given, String label) {
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : given.properties()) {
      String name = canonicalName(member.getKey());
      JsonNode node = member.getValue();
      if (name.equals("primary") && !node.isNull()) {
        Boolean primary = asBoolean(node);
        if (primary == null) {
          throw ScimProblems.invalidValue(label + ".primary must be true or false");
        }
        value.put(name, primary);
      } else {
        value.set(name, node);
      }
    }
    return value;
  }

  private static String canonicalName(String name) {
    for (String known : SUB_ATTRIBUTES) {
      if (known.equalsIgnoreCase(name)) {
        return known;
      }
    }
    return name;
  }
}
