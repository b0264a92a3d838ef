package dev.rapport.notification.pipeline;

import dev.rapport.local.testing.SettableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * A clock a test sets (quiet hours, digests); the system clock while nobody has set it. Enabled by
 * {@link PipelineProfile}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends SettableClock {}
