package dev.rapport.engagement.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Turns each event of every topic into append-only facts and keeps the roll-ups they count in
 * current, in the consumer's transaction (so a redelivered event, skipped by its ce_id, counts
 * once).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FactIntake {

  /** Records what {@code payload} tells as facts, and updates the roll-ups. */
  public void record(IncomingCloudEvent event, EventPayload payload) {
    // Facts and roll-ups: issue 11, "Facts and roll-ups".
  }
}
