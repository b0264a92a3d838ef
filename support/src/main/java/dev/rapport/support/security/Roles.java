package dev.rapport.support.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {
  public static final String REQUESTER = "requester";
  public static final String AGENT = "agent";
  public static final String LEAD = "lead";
  public static final String ADMIN = "admin";
  public static final String INTEGRATION = "integration";

  private Roles() {}
}
