package dev.rapport.support.messaging;

/**
 * The idempotent-consumer record: which CloudEvent ids a consumer has applied. Call it in the
 * transaction that applies the event so that effect and record commit together.
 */
public interface ProcessedEvents {

  /** True the first time {@code consumer} sees {@code eventId}; false for a repeat (skip it). */
  boolean firstDelivery(String consumer, String eventId);
}
