package dev.rapport.ticket.sla;

import dev.rapport.local.testing.SettableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The service's clock in every ticket-service test: the system clock until a test sets it (SLA
 * clocks, warnings and breaches at chosen instants). A test that sets it resets it when done.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends SettableClock {}
