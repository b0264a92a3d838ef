package dev.rapport.skills.domain;

import dev.rapport.support.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may act for a team or a person beyond themselves. An admin may act for anyone. A lead may act
 * for the teams they are a member of, and for a person who shares one of those teams or reports to
 * them (enterprise extension manager). Nobody else may.
 */
@ApplicationScoped
public class Stewardship {

  /** Whether {@code caller} may manage {@code teamId}: its requirements, its members' training. */
  public boolean leadsTeam(Caller caller, UUID teamId) {
    if (caller.admin()) {
      return true;
    }
    if (!caller.lead()) {
      return false;
    }
    return count(
            "select count(*) from team_members m join people p on p.id = m.person_id"
                + " where m.team_id = ?1 and lower(p.user_name) = lower(?2) and p.active",
            teamId,
            caller.userName())
        > 0;
  }

  /** Whether {@code caller} may verify, set or plan the skills of {@code personId}. */
  public boolean leadsPerson(Caller caller, UUID personId) {
    if (caller.admin()) {
      return true;
    }
    if (!caller.lead()) {
      return false;
    }
    return count(
                "select count(*) from people p join people lead on lead.id = p.manager_id"
                    + " where p.id = ?1 and lower(lead.user_name) = lower(?2) and lead.active",
                personId,
                caller.userName())
            + count(
                "select count(*) from team_members theirs"
                    + " join team_members mine on mine.team_id = theirs.team_id"
                    + " join people lead on lead.id = mine.person_id"
                    + " where theirs.person_id = ?1 and lower(lead.user_name) = lower(?2)"
                    + " and lead.active",
                personId,
                caller.userName())
        > 0;
  }

  /** Whether {@code personId} is the caller themselves. */
  public boolean isSelf(Caller caller, Person person) {
    return person.userName.equalsIgnoreCase(caller.userName());
  }

  private static long count(String sql, Object... parameters) {
    var query = Panache.getEntityManager().createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
