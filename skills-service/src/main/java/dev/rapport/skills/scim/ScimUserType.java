package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.PeopleProvisioning;
import dev.rapport.skills.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** SCIM Users: provisioned people, mapped by {@link UserMapping}. */
@ApplicationScoped
class ScimUserType implements ScimResourceType<Person> {
  private final PeopleDirectory directory;
  private final PeopleProvisioning provisioning;

  ScimUserType(PeopleDirectory directory, PeopleProvisioning provisioning) {
    this.directory = directory;
    this.provisioning = provisioning;
  }

  @Override
  public Person find(UUID id) {
    return directory.person(id);
  }

  @Override
  public UUID id(Person person) {
    return person.id;
  }

  @Override
  public int version(Person person) {
    return person.version;
  }

  @Override
  public String location(ScimLocations at, UUID id) {
    return at.user(id);
  }

  @Override
  public Set<String> readOnly() {
    return UserMapping.READ_ONLY;
  }

  @Override
  public ScimPaging.Page<Person> search(ScimPaging paging, String filter) {
    return paging.query(Person.class, "people", "p", FilterSql.of(filter, FilterCatalogues.USERS));
  }

  @Override
  public List<ObjectNode> toScim(
      List<Person> people, AttributeSelection selection, ScimLocations at) {
    return directory.profiles(people).stream()
        .map(profile -> UserMapping.toScim(profile, at))
        .toList();
  }

  @Override
  public Person create(ObjectNode user, String actor) {
    return provisioning.create(UserMapping.fromScim(user), actor);
  }

  @Override
  public Person replace(UUID id, String ifMatch, ObjectNode user, String actor) {
    return provisioning.replace(id, ifMatch, UserMapping.fromScim(user), actor);
  }

  @Override
  public void delete(UUID id, String ifMatch, String actor) {
    provisioning.delete(id, ifMatch, actor);
  }
}
