package dev.rapport.ticket.api;

import dev.rapport.support.security.Roles;
import dev.rapport.support.security.UserNames;
import dev.rapport.ticket.domain.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** The authenticated caller of the current request, as the domain sees it. */
@ApplicationScoped
public class CurrentCaller {
  private final SecurityIdentity identity;

  CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Caller get() {
    boolean person =
        identity.hasRole(Roles.AGENT)
            || identity.hasRole(Roles.LEAD)
            || identity.hasRole(Roles.ADMIN)
            || identity.hasRole(Roles.REQUESTER);
    return new Caller(
        UserNames.normalise(identity.getPrincipal().getName()),
        Roles.isStaff(identity),
        identity.hasRole(Roles.ADMIN),
        identity.hasRole(Roles.INTEGRATION) && !person);
  }
}
