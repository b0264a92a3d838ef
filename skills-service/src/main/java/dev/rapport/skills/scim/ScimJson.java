package dev.rapport.skills.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.rapport.support.input.InputRules;
import java.util.Map;

/**
 * SCIM JSON in and out. Bodies are read with the SCIM SDK's reader, whose objects look attribute
 * names up without regard to case (RFC 7643 §2.1: {@code UserName} is {@code userName}); it is the
 * SDK's own ObjectMapper, separate from the application's.
 */
final class ScimJson {
  private ScimJson() {}

  /** The request body as a JSON object, or a 400 invalidSyntax. */
  static ObjectNode read(String body) {
    if (body == null || body.isBlank()) {
      throw ScimProblems.invalidSyntax("The request body is empty; send a SCIM JSON object");
    }
    JsonNode node;
    try {
      node = JsonUtils.getObjectReader().readTree(body);
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw ScimProblems.invalidSyntax(
          "The request body is not valid JSON: " + e.getOriginalMessage() + at);
    }
    if (!(node instanceof ObjectNode object)) {
      throw ScimProblems.invalidSyntax("The request body must be a JSON object");
    }
    refuseWhatNoRequestMayCarry(object, "");
    return object;
  }

  /**
   * The rules every other request body follows (support's StrictJsonInput, which this body, read by
   * the SCIM SDK, does not pass through): no control characters in names or text (PostgreSQL cannot
   * store NUL) and no null elements in arrays (a null value is not a value).
   */
  private static void refuseWhatNoRequestMayCarry(JsonNode node, String at) {
    if (node.isTextual() && !InputRules.isAcceptableText(node.textValue())) {
      throw ScimProblems.invalidValue(label(at) + " " + InputRules.CONTROL_CHARACTERS);
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        String name = at.isEmpty() ? member.getKey() : at + "." + member.getKey();
        if (!InputRules.isAcceptableText(member.getKey())) {
          throw ScimProblems.invalidValue(
              "Attribute names " + InputRules.CONTROL_CHARACTERS + " (in " + label(at) + ")");
        }
        refuseWhatNoRequestMayCarry(member.getValue(), name);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isNull()) {
          throw ScimProblems.invalidValue(label(at) + " must not hold null values");
        }
        refuseWhatNoRequestMayCarry(array.get(i), at + "[" + i + "]");
      }
    }
  }

  private static String label(String at) {
    return at.isEmpty() ? "the body" : at;
  }

  static String write(JsonNode node) {
    try {
      return JsonUtils.getObjectWriter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  static ObjectNode object() {
    return JsonUtils.getJsonNodeFactory().objectNode();
  }

  static ArrayNode array() {
    return JsonUtils.getJsonNodeFactory().arrayNode();
  }

  /** A copy of {@code node} whose objects look names up without regard to case. */
  static ObjectNode caseIgnoring(ObjectNode node) {
    return read(write(node));
  }
}
