package dev.rapport.skills.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.PersonAttributes;
import dev.rapport.skills.domain.PersonProfile;
import dev.rapport.skills.domain.Team;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A SCIM User (RFC 7643 §4.1, with the enterprise extension §4.3) to and from a {@link Person}.
 * Attributes with a column are read into it; the other attributes of the core and enterprise
 * schemas (emails, ims, phoneNumbers, addresses, the other parts of name, costCenter ...) are kept
 * as given in {@code scim_attributes} and given back. Attributes of other schemas, and password,
 * are ignored: nothing here signs anyone in.
 */
final class UserMapping {
  /** Read-only top-level attributes: a PATCH on them is a 400 mutability. */
  static final Set<String> READ_ONLY = Set.of("id", "meta", "groups");

  /** Core attributes without a column, kept as given. */
  private static final List<String> KEPT =
      List.of("nickName", "profileUrl", "userType", "preferredLanguage");

  private static final List<String> KEPT_MULTI_VALUED =
      List.of(
          "emails",
          "phoneNumbers",
          "ims",
          "photos",
          "addresses",
          "entitlements",
          "roles",
          "x509Certificates");

  private static final List<String> KEPT_NAME_PARTS =
      List.of("middleName", "honorificPrefix", "honorificSuffix");

  private static final List<String> KEPT_ENTERPRISE =
      List.of("costCenter", "organization", "division");

  // Reads and writes scim_attributes, which holds plain JSON; case rules apply only to requests.
  private static final ObjectMapper JSON = new ObjectMapper();

  private UserMapping() {}

  /** The person a POST or PUT body (or a patched representation) describes. */
  static PersonAttributes fromScim(ObjectNode user) {
    String userName = ScimValues.text(user, "userName", "userName");
    if (userName == null) {
      throw ScimProblems.invalidValue("userName is required");
    }
    ObjectNode stored = JsonNodeFactory.instance.objectNode();
    for (String name : KEPT) {
      String value = ScimValues.text(user, name, name);
      if (value != null) {
        stored.put(name, value);
      }
    }
    for (String name : KEPT_MULTI_VALUED) {
      ArrayNode values = ScimValues.multiValued(user, name);
      if (values != null) {
        stored.set(name, values);
      }
    }
    ObjectNode name = ScimValues.object(user, "name", "name");
    ObjectNode nameParts = JsonNodeFactory.instance.objectNode();
    for (String part : KEPT_NAME_PARTS) {
      String value = ScimValues.text(name, part, "name." + part);
      if (value != null) {
        nameParts.put(part, value);
      }
    }
    if (!nameParts.isEmpty()) {
      stored.set("name", nameParts);
    }
    ObjectNode enterprise = ScimValues.object(user, Scim.ENTERPRISE_USER, Scim.ENTERPRISE_USER);
    ObjectNode enterpriseKept = JsonNodeFactory.instance.objectNode();
    for (String part : KEPT_ENTERPRISE) {
      String value = ScimValues.text(enterprise, part, part);
      if (value != null) {
        enterpriseKept.put(part, value);
      }
    }
    if (!enterpriseKept.isEmpty()) {
      stored.set(Scim.ENTERPRISE_USER, enterpriseKept);
    }
    return new PersonAttributes(
        userName,
        ScimValues.text(user, "externalId", "externalId"),
        ScimValues.text(user, "displayName", "displayName"),
        ScimValues.text(name, "givenName", "name.givenName"),
        ScimValues.text(name, "familyName", "name.familyName"),
        ScimValues.text(name, "formatted", "name.formatted"),
        ScimValues.primaryValue((ArrayNode) stored.get("emails")),
        ScimValues.primaryValue((ArrayNode) stored.get("ims")),
        ScimValues.text(user, "title", "title"),
        ScimValues.text(user, "locale", "locale"),
        ScimValues.text(user, "timezone", "timezone"),
        ScimValues.text(enterprise, "department", "department"),
        ScimValues.text(enterprise, "employeeNumber", "employeeNumber"),
        manager(enterprise),
        ScimValues.bool(user, "active", "active", true),
        stored.toString());
  }

  /**
   * The manager's id: {@code "manager": {"value": id}}, or the bare id Entra ID sends in a PATCH.
   */
  private static UUID manager(ObjectNode enterprise) {
    JsonNode manager = enterprise == null ? null : enterprise.get("manager");
    String id;
    if (manager == null || manager.isNull()) {
      return null;
    } else if (manager.isTextual()) {
      id = ScimValues.text(enterprise, "manager", "manager");
    } else if (manager.isObject()) {
      id = ScimValues.text(manager, "value", "manager.value");
    } else {
      throw ScimProblems.invalidValue("manager must be an object with the manager's id as value");
    }
    if (id == null) {
      return null;
    }
    UUID uuid = ScimValues.uuid(id);
    if (uuid == null) {
      throw ScimProblems.invalidValue(
          "manager '" + id + "' is not the id of a provisioned User; provision the manager first");
    }
    return uuid;
  }

  /** The full SCIM representation. */
  static ObjectNode toScim(PersonProfile profile, ScimLocations at) {
    Person person = profile.person();
    List<Team> teams = profile.teams();
    Person manager = profile.manager();
    ObjectNode stored = stored(person);
    ObjectNode user = ScimJson.object();
    ArrayNode schemas = user.putArray("schemas").add(Scim.USER);
    user.put("id", person.id.toString());
    putIfPresent(user, "externalId", person.externalId);
    user.put("userName", person.userName);
    ObjectNode name = ScimJson.object();
    putIfPresent(name, "formatted", person.formattedName);
    putIfPresent(name, "familyName", person.familyName);
    putIfPresent(name, "givenName", person.givenName);
    if (stored.get("name") instanceof ObjectNode parts) {
      name.setAll(parts);
    }
    if (!name.isEmpty()) {
      user.set("name", name);
    }
    putIfPresent(user, "displayName", person.displayName);
    for (String kept : KEPT) {
      if (stored.hasNonNull(kept)) {
        user.set(kept, stored.get(kept));
      }
    }
    putIfPresent(user, "title", person.title);
    putIfPresent(user, "locale", person.locale);
    putIfPresent(user, "timezone", person.timezone);
    user.put("active", person.active);
    for (String kept : KEPT_MULTI_VALUED) {
      if (stored.hasNonNull(kept)) {
        user.set(kept, stored.get(kept));
      }
    }
    if (!teams.isEmpty()) {
      ArrayNode groups = user.putArray("groups");
      for (Team team : teams) {
        groups
            .addObject()
            .put("value", team.id.toString())
            .put("$ref", at.group(team.id))
            .put("display", team.displayName)
            .put("type", "direct");
      }
    }
    ObjectNode enterprise = ScimJson.object();
    putIfPresent(enterprise, "employeeNumber", person.employeeNumber);
    if (stored.get(Scim.ENTERPRISE_USER) instanceof ObjectNode parts) {
      enterprise.setAll(parts);
    }
    putIfPresent(enterprise, "department", person.department);
    if (manager != null) {
      enterprise
          .putObject("manager")
          .put("value", manager.id.toString())
          .put("$ref", at.user(manager.id))
          .put("displayName", manager.nameToShow());
    }
    if (!enterprise.isEmpty()) {
      schemas.add(Scim.ENTERPRISE_USER);
      user.set(Scim.ENTERPRISE_USER, enterprise);
    }
    user.set(
        "meta",
        ScimLocations.meta(
            "User", person.createdAt, person.updatedAt, at.user(person.id), person.version));
    return user;
  }

  private static ObjectNode stored(Person person) {
    try {
      JsonNode node = JSON.readTree(person.scimAttributes == null ? "{}" : person.scimAttributes);
      return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scim_attributes of " + person.id + " is not JSON", e);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
