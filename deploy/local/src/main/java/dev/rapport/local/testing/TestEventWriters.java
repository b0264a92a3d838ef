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

  /** Skill gap and training events on {@code Topics.SKILLS}, as skills-service publishes them. */
  public static CloudEventWriter skills(ObjectMapper json) {
    return new CloudEventWriter(Topics.SKILLS, "/rapport/skills-service", json);
  }

  /** Delivery events on {@code Topics.NOTIFICATIONS}, as notification-service publishes them. */
  public static CloudEventWriter notifications(ObjectMapper json) {
    return new CloudEventWriter(Topics.NOTIFICATIONS, "/rapport/notification-service", json);
  }

  /** Survey, pulse and alert events on {@code Topics.ENGAGEMENT}, as engagement-service does. */
  public static CloudEventWriter engagement(ObjectMapper json) {
    return new CloudEventWriter(Topics.ENGAGEMENT, "/rapport/engagement-service", json);
  }
}
