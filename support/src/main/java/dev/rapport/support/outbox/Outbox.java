package dev.rapport.support.outbox;

import dev.rapport.events.EventPayload;
import java.util.UUID;

/**
 * Records an event in the caller's database transaction (transactional outbox). The row commits or
 * rolls back with the state change; {@link OutboxRelay} publishes it to Kafka after commit, in
 * order per aggregate, as a CloudEvent in binary mode.
 */
public interface Outbox {

  /**
   * Must be called inside an active transaction (throws otherwise).
   *
   * @return the event id, which becomes the CloudEvents {@code ce_id}
   */
  UUID publish(String topic, EventPayload payload);
}
