package dev.rapport.support.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The idempotent-consumer record: which CloudEvent ids a consumer has applied. Call it in the
 * transaction that applies the event so that effect and record commit together.
 */
public interface ProcessedEvents {

  /** True the first time {@code consumer} sees {@code eventId}; false for a repeat (skip it). */
  boolean firstDelivery(String consumer, String eventId);

  /**
   * Records {@code eventIds} at once; answers those {@code consumer} sees for the first time (an id
   * listed twice is answered once).
   */
  default Set<String> firstDeliveries(String consumer, List<String> eventIds) {
    Set<String> first = new HashSet<>();
    for (String eventId : eventIds) {
      if (!first.contains(eventId) && firstDelivery(consumer, eventId)) {
        first.add(eventId);
      }
    }
    return first;
  }
}
