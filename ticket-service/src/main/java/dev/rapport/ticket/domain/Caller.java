package dev.rapport.ticket.domain;

/**
 * Who is asking. {@code staff} (agent, lead, admin, integration) see every ticket and internal
 * notes; anyone else sees only tickets they raised, watch or are a stakeholder of. {@code userName}
 * is normalised (support's UserNames), as every userName stored here is. {@code integration} is a
 * machine account with no person's role (agent, lead, admin): it reads like IT, raises tickets and
 * posts public updates, but does not work tickets (no status moves, no internal notes), as in
 * docs/security.md.
 */
public record Caller(String userName, boolean staff, boolean admin, boolean integration) {
  public Caller(String userName, boolean staff, boolean admin) {
    this(userName, staff, admin, false);
  }
}
