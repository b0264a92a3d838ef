package dev.rapport.ticket.domain;

/**
 * Who is asking. {@code staff} (agent, lead, admin, integration) see every ticket and internal
 * notes; anyone else sees only tickets they raised, watch or are a stakeholder of. {@code userName}
 * is normalised (support's UserNames), as every userName stored here is.
 */
public record Caller(String userName, boolean staff, boolean admin) {}
