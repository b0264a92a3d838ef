package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamProvisioning;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** SCIM Groups: teams and their members, mapped by {@link GroupMapping}. */
@ApplicationScoped
class ScimGroupType implements ScimResourceType<Team> {
  private final PeopleDirectory directory;
  private final TeamProvisioning provisioning;

  ScimGroupType(PeopleDirectory directory, TeamProvisioning provisioning) {
    this.directory = directory;
    this.provisioning = provisioning;
  }

  @Override
  public Team find(UUID id) {
    return directory.team(id);
  }

  @Override
  public UUID id(Team team) {
    return team.id;
  }

  @Override
  public int version(Team team) {
    return team.version;
  }

  @Override
  public String location(ScimLocations at, UUID id) {
    return at.group(id);
  }

  @Override
  public Set<String> readOnly() {
    return GroupMapping.READ_ONLY;
  }

  @Override
  public ScimPaging.Page<Team> search(ScimPaging paging, String filter) {
    return paging.query(Team.class, "teams", "t", FilterSql.of(filter, FilterCatalogues.GROUPS));
  }

  /** Members only when the selection keeps them: a large team's members cost a query each. */
  @Override
  public List<ObjectNode> toScim(List<Team> teams, AttributeSelection selection, ScimLocations at) {
    boolean withMembers = selection.includes("members");
    return teams.stream().map(team -> GroupMapping.toScim(team, withMembers, at)).toList();
  }

  @Override
  public Team create(ObjectNode group, String actor) {
    return provisioning.create(GroupMapping.fromScim(group), actor);
  }

  @Override
  public Team replace(UUID id, String ifMatch, ObjectNode group, String actor) {
    return provisioning.replace(id, ifMatch, GroupMapping.fromScim(group), actor);
  }

  @Override
  public void delete(UUID id, String ifMatch, String actor) {
    provisioning.delete(id, ifMatch, actor);
  }
}
