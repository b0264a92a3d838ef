package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A SCIM Group (RFC 7643 §4.2) to and from a {@link Team}; members are Users only. */
final class GroupMapping {
  static final Set<String> READ_ONLY = Set.of("id", "meta");

  private GroupMapping() {}

  static TeamAttributes fromScim(ObjectNode group) {
    String displayName = ScimValues.text(group, "displayName", "displayName");
    if (displayName == null) {
      throw ScimProblems.invalidValue("displayName is required");
    }
    List<UUID> members = new ArrayList<>();
    ArrayNode given = ScimValues.multiValued(group, "members");
    if (given != null) {
      for (JsonNode member : given) {
        String value = ScimValues.text(member, "value", "members.value");
        if (value == null) {
          throw ScimProblems.invalidValue("every member needs a value: the id of a User");
        }
        UUID id = ScimValues.uuid(value);
        if (id == null) {
          throw ScimProblems.invalidValue(
              "member '" + value + "' is not the id of a provisioned User");
        }
        members.add(id);
      }
    }
    return new TeamAttributes(
        displayName, ScimValues.text(group, "externalId", "externalId"), members);
  }

  static ObjectNode toScim(Team team, boolean withMembers, ScimLocations at) {
    ObjectNode group = ScimJson.object();
    group.putArray("schemas").add(Scim.GROUP);
    group.put("id", team.id.toString());
    if (team.externalId != null) {
      group.put("externalId", team.externalId);
    }
    group.put("displayName", team.displayName);
    if (withMembers) {
      ArrayNode members = group.putArray("members");
      team.members.stream()
          .sorted(Comparator.comparing((Person p) -> p.userName.toLowerCase(Locale.ROOT)))
          .forEach(
              person ->
                  members
                      .addObject()
                      .put("value", person.id.toString())
                      .put("$ref", at.user(person.id))
                      .put("display", person.nameToShow())
                      .put("type", "User"));
    }
    group.set(
        "meta",
        ScimLocations.meta(
            "Group", team.createdAt, team.updatedAt, at.group(team.id), team.version));
    return group;
  }
}
