package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Set;

/**
 * Who is in which team and who leads it, as skills-service announces it on rapport.people.v1: the
 * members a pulse survey invites, the leads told of a poor rating, and which teams' metrics an
 * agent may see. Teams are named by the id tickets carry as {@code teamId}.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TeamRoster {

  /** Applies one people event (person upserted or deactivated, team changed). */
  public void apply(EventPayload event) {
    // Issue 11, "Staff pulse": the roster projection.
  }

  /** The teams {@code userName} is an active member of. */
  @Transactional(TxType.SUPPORTS)
  public Set<String> teamsOf(String userName) {
    return Set.of();
  }

  /** The active members of {@code teamId}, by userName. */
  @Transactional(TxType.SUPPORTS)
  public List<String> membersOf(String teamId) {
    return List.of();
  }

  /** The active members of {@code teamId} who have the lead role. */
  @Transactional(TxType.SUPPORTS)
  public Set<String> leadsOf(String teamId) {
    return Set.of();
  }
}
