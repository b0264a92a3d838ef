package dev.rapport.skills.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies a SCIM PatchOp (RFC 7644 §3.5.2) to a resource's current JSON with the SCIM SDK, which
 * knows add/replace/remove with and without path, value filters and extension URNs. Before that,
 * each operation is checked and brought into the shape the RFC describes, so that identity
 * providers can patch as they do:
 *
 * <ul>
 *   <li>op names in any case ({@code "Replace"} from Entra ID);
 *   <li>without a path, a value member named by a path ({@code "name.givenName"}, {@code
 *       "urn:...:enterprise:2.0:User:department"}) becomes an operation on that path;
 *   <li>{@code add} or {@code replace} of a sub-attribute through a value filter ({@code
 *       emails[type eq "work"].value}) sets it on the matching values, and when none matches adds a
 *       value with the filter's attribute, as Entra ID expects;
 *   <li>read-only attributes: an operation on one is a 400 mutability; inside a value without path
 *       they are ignored (Okta sends the id along).
 * </ul>
 */
final class ScimPatch {
  private static final Set<String> OPS = Set.of("add", "replace", "remove");

  private ScimPatch() {}

  /**
   * The resource after the operations of {@code patchOp}, as a new object; {@code resource} is left
   * alone.
   *
   * @param readOnly lower-case names of the resource's read-only top-level attributes
   */
  static ObjectNode apply(ObjectNode resource, ObjectNode patchOp, Set<String> readOnly) {
    ObjectNode patched = ScimJson.caseIgnoring(resource);
    for (ObjectNode operation : operations(patchOp, readOnly)) {
      applyOne(patched, operation);
    }
    return patched;
  }

  private static List<ObjectNode> operations(ObjectNode patchOp, Set<String> readOnly) {
    JsonNode schemas = patchOp.get("schemas");
    if (schemas != null
        && !schemas.isNull()
        && (!schemas.isArray() || !contains(schemas, Scim.PATCH_OP))) {
      throw ScimProblems.invalidSyntax("schemas must be [\"" + Scim.PATCH_OP + "\"]");
    }
    // A PatchOp message has these two members only; a stray one is a client's mistake to hear of.
    patchOp
        .fieldNames()
        .forEachRemaining(
            member -> {
              if (!member.equalsIgnoreCase("schemas") && !member.equalsIgnoreCase("Operations")) {
                throw ScimProblems.invalidSyntax(
                    member + " is not a member of a PatchOp message (only schemas and Operations)");
              }
            });
    JsonNode given = patchOp.get("Operations");
    if (given == null || !given.isArray() || given.isEmpty()) {
      throw ScimProblems.invalidSyntax("Operations must be a non-empty array of operations");
    }
    List<ObjectNode> operations = new ArrayList<>();
    int index = 0;
    for (JsonNode node : given) {
      String where = "Operations[" + index++ + "]";
      if (!(node instanceof ObjectNode operation)) {
        throw ScimProblems.invalidSyntax(where + " must be an object with op, path and value");
      }
      JsonNode opNode = operation.get("op");
      String op = opNode == null ? null : opNode.asText().toLowerCase(Locale.ROOT);
      if (op == null || !OPS.contains(op)) {
        throw ScimProblems.invalidSyntax(where + ".op must be add, replace or remove");
      }
      JsonNode pathNode = operation.get("path");
      String path =
          pathNode == null || pathNode.isNull() || pathNode.asText().isBlank()
              ? null
              : pathNode.asText().strip();
      JsonNode value = operation.get("value");
      if (path == null) {
        if (op.equals("remove")) {
          throw ScimProblems.noTarget(where + ": remove needs a path");
        }
        if (!(value instanceof ObjectNode members)) {
          throw ScimProblems.invalidValue(
              where + ": without a path, value must be an object of attributes");
        }
        operations.addAll(withoutPath(op, members, readOnly));
        continue;
      }
      if (!op.equals("remove") && (value == null || value.isMissingNode())) {
        throw ScimProblems.invalidValue(where + ": " + op + " needs a value");
      }
      checkWritable(parse(path), path, readOnly);
      operations.add(operation(op, path, value));
    }
    return operations;
  }

  /** One operation per member that names a path; plain attributes stay together. */
  private static List<ObjectNode> withoutPath(String op, ObjectNode members, Set<String> readOnly) {
    List<ObjectNode> operations = new ArrayList<>();
    ObjectNode plain = ScimJson.object();
    for (Map.Entry<String, JsonNode> member : members.properties()) {
      String name = member.getKey();
      if (readOnly.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("schemas")) {
        continue;
      }
      boolean isPath = name.contains(".") || (name.contains(":") && !isSchemaUrn(name));
      if (isPath) {
        Path path = parse(name);
        checkWritable(path, name, readOnly);
        operations.add(operation(op, name, member.getValue()));
      } else {
        plain.set(name, member.getValue());
      }
    }
    if (!plain.isEmpty()) {
      ObjectNode operation = ScimJson.object();
      operation.put("op", op);
      operation.set("value", plain);
      operations.add(0, operation);
    }
    return operations;
  }

  private static void applyOne(ObjectNode resource, ObjectNode operation) {
    String op = operation.get("op").asText();
    Path path = operation.has("path") ? parse(operation.get("path").asText()) : null;
    if (path != null && !op.equals("remove") && isFilteredSubAttribute(path)) {
      // RFC 7644 §3.5.2.1: add of a single-valued sub-attribute replaces it.
      setThroughFilter(resource, path, operation.get("value"));
      return;
    }
    run(resource, operation);
  }

  /** {@code emails[type eq "work"].value}: set on the matching values, or add one. */
  private static void setThroughFilter(ObjectNode resource, Path path, JsonNode value) {
    ObjectNode replace = ScimJson.object();
    replace.put("op", "replace");
    replace.put("path", path.toString());
    replace.set("value", value);
    try {
      toOperation(replace).apply(resource);
      return;
    } catch (ScimException e) {
      if (!"noTarget".equals(e.getScimError().getScimType())) {
        throw problem(e);
      }
    }
    Path.Element filtered = path.getElement(0);
    if (!(filtered.getValueFilter() instanceof EqualFilter equal)
        || equal.getAttributePath().size() != 1) {
      throw ScimProblems.noTarget(
          "No value of " + filtered.getAttribute() + " matches " + filtered.getValueFilter());
    }
    ObjectNode element = ScimJson.object();
    element.set(equal.getAttributePath().getElement(0).getAttribute(), equal.getComparisonValue());
    element.set(path.getElement(1).getAttribute(), value);
    ArrayNode added = ScimJson.array().add(element);
    ObjectNode add = ScimJson.object();
    add.put("op", "add");
    add.put("path", Path.root(path.getSchemaUrn()).attribute(filtered.getAttribute()).toString());
    add.set("value", added);
    run(resource, add);
  }

  private static boolean isFilteredSubAttribute(Path path) {
    return path.size() == 2
        && path.getElement(0).getValueFilter() != null
        && path.getElement(1).getValueFilter() == null;
  }

  private static void run(ObjectNode resource, ObjectNode operation) {
    try {
      toOperation(operation).apply(resource);
    } catch (ScimException e) {
      throw problem(e);
    }
  }

  private static PatchOperation toOperation(ObjectNode operation) {
    try {
      return JsonUtils.getObjectReader().forType(PatchOperation.class).readValue(operation);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ScimException scim) {
        throw problem(scim);
      }
      throw ScimProblems.invalidSyntax(
          "Operation " + operation + " is not valid: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw ScimProblems.invalidSyntax("Operation " + operation + " is not valid");
    }
  }

  private static ObjectNode operation(String op, String path, JsonNode value) {
    ObjectNode operation = ScimJson.object();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.set("value", value);
    }
    return operation;
  }

  private static Path parse(String path) {
    try {
      return Path.fromString(path);
    } catch (ScimException e) {
      throw ScimProblems.invalidPath(
          "path '" + path + "' is not a valid attribute path: " + e.getMessage());
    }
  }

  private static void checkWritable(Path path, String text, Set<String> readOnly) {
    if (path.size() > 0
        && readOnly.contains(path.getElement(0).getAttribute().toLowerCase(Locale.ROOT))) {
      throw ScimProblems.mutability("'" + text + "' is read-only and cannot be patched");
    }
  }

  private static boolean isSchemaUrn(String name) {
    return name.equalsIgnoreCase(Scim.ENTERPRISE_USER)
        || name.equalsIgnoreCase(Scim.USER)
        || name.equalsIgnoreCase(Scim.GROUP);
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode item : array) {
      if (item.asText().equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  private static RuntimeException problem(ScimException e) {
    String scimType = e.getScimError().getScimType();
    String detail =
        e.getScimError().getDetail() != null ? e.getScimError().getDetail() : e.getMessage();
    return ScimProblems.badRequest(scimType == null ? "invalidValue" : scimType, detail);
  }
}
