package dev.rapport.skills.domain;

/**
 * Who is asking: their userName (the token's upn) and the roles that matter here. {@code staff} is
 * agent, lead, admin or integration.
 */
public record Caller(String userName, boolean staff, boolean lead, boolean admin) {}
