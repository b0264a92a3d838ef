package dev.rapport.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person's Rapport roles from SCIM roles and the group-role mapping. */
class PersonRolesTest {
  private static PersonRoles mapping(String... entries) {
    return new PersonRoles(() -> Optional.of(List.of(entries)));
  }

  private static Person withScimRoles(String scimAttributes) {
    Person person = new Person();
    person.scimAttributes = scimAttributes;
    return person;
  }

  @Test
  void nothingGivesARoleMeansRequester() {
    PersonRoles roles = new PersonRoles(Optional::empty);

    assertThat(roles.of(withScimRoles("{}"), List.of("Service Desk"))).containsExactly("requester");
    assertThat(roles.of(withScimRoles(null), List.of())).containsExactly("requester");
  }

  @Test
  void scimValuesMatchWithoutRegardToCaseAndOthersAreNoRole() {
    Person person =
        withScimRoles(
            "{\"roles\":[{\"value\":\" LEAD \"},{\"value\":\"approver\"},{\"display\":\"x\"}]}");

    assertThat(new PersonRoles(Optional::empty).of(person, List.of())).containsExactly("lead");
  }

  @Test
  void mappedGroupsAddTheirRolesInAnyCase() {
    PersonRoles roles = mapping("Service Desk=agent", "IT Leads=lead", "IT Leads = ADMIN");
    Person person = withScimRoles("{\"roles\":[{\"value\":\"agent\"}]}");

    assertThat(roles.of(person, List.of("it leads", "Network")))
        .containsExactly("agent", "lead", "admin");
    assertThat(roles.of(withScimRoles("{}"), List.of("SERVICE DESK"))).containsExactly("agent");
    assertThat(roles.of(withScimRoles("{}"), List.of("Network"))).containsExactly("requester");
  }

  @Test
  void aMistypedMappingIsRefusedWithTheEntry() {
    assertThatThrownBy(() -> mapping("Service Desk=agnet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Service Desk=agnet");
    assertThatThrownBy(() -> mapping("Service Desk"))
        .hasMessageContaining("rapport.people.group-roles");
  }
}
