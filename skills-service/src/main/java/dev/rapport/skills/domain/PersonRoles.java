package dev.rapport.skills.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.skills.config.PeopleConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's Rapport roles: the values of their SCIM {@code roles} that name a Rapport role
 * (without regard to case; other values stay SCIM data only), together with the roles that {@code
 * rapport.people.group-roles} gives their teams; requester when neither gives one. Being in a team
 * makes nobody staff by itself.
 */
// Built at start so that a mistyped mapping stops the service with its message.
@Startup
@ApplicationScoped
public class PersonRoles {
  /** Every Rapport role a person can carry, in the order they are listed. */
  public static final List<String> ALL =
      List.of(
          PersonSnapshot.REQUESTER,
          PersonSnapshot.AGENT,
          PersonSnapshot.LEAD,
          PersonSnapshot.ADMIN);

  // Reads the stored scim_attributes, plain JSON.
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Set<String>> rolesByGroup;

  PersonRoles(PeopleConfig config) {
    this.rolesByGroup = parse(config.groupRoles().orElse(List.of()));
  }

  /** The Rapport roles of {@code person}, a member of the teams named {@code teamNames}. */
  public List<String> of(Person person, Collection<String> teamNames) {
    Set<String> roles = new HashSet<>(fromScim(person.scimAttributes));
    for (String team : teamNames) {
      roles.addAll(rolesByGroup.getOrDefault(team.toLowerCase(Locale.ROOT), Set.of()));
    }
    List<String> ordered = ALL.stream().filter(roles::contains).toList();
    return ordered.isEmpty() ? List.of(PersonSnapshot.REQUESTER) : ordered;
  }

  /** The Rapport roles among the {@code value}s of the stored SCIM roles. */
  static Set<String> fromScim(String scimAttributes) {
    JsonNode roles;
    try {
      roles = JSON.readTree(scimAttributes == null ? "{}" : scimAttributes).path("roles");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scim_attributes is not JSON", e);
    }
    Set<String> found = new HashSet<>();
    for (JsonNode role : roles) {
      String value = role.path("value").asText("").strip().toLowerCase(Locale.ROOT);
      if (ALL.contains(value)) {
        found.add(value);
      }
    }
    return found;
  }

  private static Map<String, Set<String>> parse(List<String> entries) {
    Map<String, Set<String>> byGroup = new HashMap<>();
    for (String entry : entries) {
      int equals = entry.lastIndexOf('=');
      String group = equals < 0 ? "" : entry.substring(0, equals).strip();
      String role = equals < 0 ? "" : entry.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
      if (group.isEmpty() || !ALL.contains(role)) {
        throw new IllegalArgumentException(
            "rapport.people.group-roles entry '"
                + entry
                + "' must be <group displayName>=<one of "
                + String.join(", ", ALL)
                + ">");
      }
      byGroup.computeIfAbsent(group.toLowerCase(Locale.ROOT), g -> new HashSet<>()).add(role);
    }
    return byGroup;
  }
}
