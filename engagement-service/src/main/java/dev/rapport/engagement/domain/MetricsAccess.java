package dev.rapport.engagement.domain;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Who sees which metrics: IT people only (agents, leads, admins; not requesters, not integration
 * accounts). Leads and admins see every team; an agent sees the overview, the business services and
 * the teams they are an active member of ({@link TeamRoster}).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MetricsAccess {
  private final TeamRoster roster;

  MetricsAccess(TeamRoster roster) {
    this.roster = roster;
  }

  /**
   * @throws ProblemException 403 when {@code caller} may not see {@code scope}
   */
  public void check(Caller caller, Scope scope) {
    if (!caller.staff() || caller.integration()) {
      throw ProblemException.forbidden("The service metrics are for IT staff.");
    }
    if (scope.kind() == Scope.Kind.TEAM
        && !caller.lead()
        && !caller.admin()
        && !roster.teamsOf(caller.userName()).contains(scope.id())) {
      throw ProblemException.forbidden(
          "An agent sees the metrics of the teams they are a member of; '"
              + scope.id()
              + "' is not one of them.");
    }
  }
}
