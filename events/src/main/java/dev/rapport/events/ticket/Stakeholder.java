package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person with a stake in a ticket.
 *
 * @param userName the person, by userName
 * @param level EXECUTIVE, BUSINESS_OWNER, END_USER or IT (WATCHER is accepted by the schema, but
 *     watchers are normally listed in {@link TicketSummary#watchers()})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stakeholder(String userName, String level) {}
