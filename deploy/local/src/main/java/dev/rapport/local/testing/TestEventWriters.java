package dev.rapport.local.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.local.CloudEventWriter;

/** Writers that publish as the owning service's outbox relay does, on its topic and source. */
public final class TestEventWriters {
  private TestEventWriters() {}

  /** People events on {@code Topics.PEOPLE}, as skills-service publishes them. */
  public static CloudEventWriter people(ObjectMapper json) {
    return new CloudEventWriter(Topics.PEOPLE, "/rapport/skills-service", json);
  }

  /** Ticket events on {@code Topics.TICKETS}, as ticket-service publishes them. */
  public static CloudEventWriter tickets(ObjectMapper json) {
    return new CloudEventWriter(Topics.TICKETS, "/rapport/ticket-service", json);
  }
}
