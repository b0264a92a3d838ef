package dev.rapport.notification.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.EventPayload;
import dev.rapport.support.messaging.IncomingCloudEvent;

/** Reads an event's data into its payload record; unreadable data is poison. */
final class Payloads {
  private Payloads() {}

  /**
   * @throws IllegalArgumentException when the data is missing or does not read as the type's
   *     record: the message goes to the dead-letter topic without retries
   */
  static EventPayload read(ObjectMapper json, IncomingCloudEvent event, EventCatalog.Entry entry) {
    if (event.data() == null || event.data().isBlank()) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no data");
    }
    try {
      return json.readValue(event.data(), entry.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read " + event.type() + " " + event.id() + ": " + e.getOriginalMessage(), e);
    }
  }
}
