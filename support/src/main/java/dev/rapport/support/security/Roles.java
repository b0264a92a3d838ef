package dev.rapport.support.security;

import io.quarkus.security.identity.SecurityIdentity;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {
  public static final String REQUESTER = "requester";
  public static final String AGENT = "agent";
  public static final String LEAD = "lead";
  public static final String ADMIN = "admin";
  public static final String INTEGRATION = "integration";

  private Roles() {}

  /** Whether the caller is IT staff: an agent, lead, admin or integration, not just a requester. */
  public static boolean isStaff(SecurityIdentity identity) {
    return identity.hasRole(AGENT)
        || identity.hasRole(LEAD)
        || identity.hasRole(ADMIN)
        || identity.hasRole(INTEGRATION);
  }
}
