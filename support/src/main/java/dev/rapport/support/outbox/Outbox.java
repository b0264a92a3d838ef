package dev.rapport.support.outbox;

import dev.rapport.events.EventPayload;
import java.util.List;
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

  /**
   * {@link #publish} for each of {@code payloads}, in their order, written at once (one flush, one
   * batch of inserts) for a transaction that records many events.
   *
   * @return the event ids, in the order of {@code payloads}
   */
  List<UUID> publishAll(String topic, List<? extends EventPayload> payloads);
}
