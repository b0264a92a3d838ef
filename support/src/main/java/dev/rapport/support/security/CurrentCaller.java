package dev.rapport.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The authenticated caller of the current request. A bean with {@link #get()} rather than a
 * produced {@code @RequestScoped Caller}: a record is final, so CDI could not proxy it for
 * application-scoped resources.
 */
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
        identity.hasRole(Roles.LEAD),
        identity.hasRole(Roles.ADMIN),
        identity.hasRole(Roles.INTEGRATION) && !person);
  }
}
