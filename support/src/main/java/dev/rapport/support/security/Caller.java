package dev.rapport.support.security;

/**
 * Who is asking, as every service's domain sees it. {@code userName} is the token's {@code upn},
 * normalised ({@link UserNames}) as every stored userName is. {@code staff} is IT: an agent, lead,
 * admin or integration. {@code integration} is a machine account with no person's role (agent,
 * lead, admin, requester): it reads like IT and may raise tickets and post public updates, but
 * works nothing a person must answer for (docs/security.md).
 */
public record Caller(
    String userName, boolean staff, boolean lead, boolean admin, boolean integration) {

  /** Someone who only raises and follows their own tickets. */
  public static Caller requester(String userName) {
    return new Caller(userName, false, false, false, false);
  }

  /** An IT agent. */
  public static Caller agent(String userName) {
    return new Caller(userName, true, false, false, false);
  }

  /** A team lead (IT staff who may act for their team). */
  public static Caller lead(String userName) {
    return new Caller(userName, true, true, false, false);
  }

  /** An administrator. */
  public static Caller admin(String userName) {
    return new Caller(userName, true, false, true, false);
  }

  /** A machine account with only the integration role. */
  public static Caller integration(String userName) {
    return new Caller(userName, true, false, false, true);
  }
}
