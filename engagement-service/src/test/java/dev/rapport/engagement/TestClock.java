package dev.rapport.engagement;

import dev.rapport.local.testing.SettableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The service's clock in every engagement-service test: the system clock until a test sets it
 * (survey expiry, the fatigue interval, pulse rounds). A test that sets it resets it when done.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends SettableClock {}
