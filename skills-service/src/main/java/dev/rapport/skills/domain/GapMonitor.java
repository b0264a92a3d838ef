package dev.rapport.skills.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;

/**
 * Recomputes team gaps after a change that can move them, and announces each gap that opened,
 * closed or changed severity ({@code rapport.skill-gap.changed.v1}) in the transaction of the
 * change. Callers: provisioning (membership, deactivation), person skills, requirements, training
 * completion, and the ticket consumer (demand).
 */
@ApplicationScoped
public class GapMonitor {

  /** Recompute every requirement of these teams. Must run inside the changing transaction. */
  public void refreshTeams(Collection<UUID> teamIds) {
    // implemented with the gap analysis
  }

  /** Recompute the requirements (of any team) on these skills. */
  public void refreshSkills(Collection<UUID> skillIds) {
    // implemented with the gap analysis
  }

  /** Recompute the teams this person is a member of. */
  public void refreshPerson(UUID personId) {
    // implemented with the gap analysis
  }
}
