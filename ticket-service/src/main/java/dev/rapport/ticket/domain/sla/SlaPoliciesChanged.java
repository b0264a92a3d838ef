package dev.rapport.ticket.domain.sla;

/**
 * Fired (CDI, synchronously, inside the admin's transaction) when a policy or calendar is created,
 * replaced or deleted: every open ticket's clocks are evaluated again under the new terms.
 *
 * @param cause in words, for the breach it may cause, e.g. "policy 'P1 incidents' changed"
 */
public record SlaPoliciesChanged(String cause) {}
