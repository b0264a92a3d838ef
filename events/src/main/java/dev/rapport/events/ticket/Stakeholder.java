package dev.rapport.events.ticket;

/**
 * A person with a stake in a ticket.
 *
 * @param level EXECUTIVE, BUSINESS_OWNER, END_USER or IT
 */
public record Stakeholder(String userName, String level) {}
