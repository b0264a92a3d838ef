package dev.rapport.skills.api;

import dev.rapport.skills.domain.Caller;
import dev.rapport.support.security.Roles;
import dev.rapport.support.security.UserNames;
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
    return new Caller(
        UserNames.normalise(identity.getPrincipal().getName()),
        Roles.isStaff(identity),
        identity.hasRole(Roles.LEAD),
        identity.hasRole(Roles.ADMIN));
  }
}
