package dev.rapport.events;

/** Kafka topic names, one per stream; the suffix is the contract's major version. */
public final class Topics {
  public static final String TICKETS = "rapport.tickets.v1";
  public static final String PEOPLE = "rapport.people.v1";
  public static final String SKILLS = "rapport.skills.v1";
  public static final String NOTIFICATIONS = "rapport.notifications.v1";
  public static final String ENGAGEMENT = "rapport.engagement.v1";

  /** Every topic of the suite, for tools that create them up front. */
  public static final java.util.List<String> ALL =
      java.util.List.of(TICKETS, PEOPLE, SKILLS, NOTIFICATIONS, ENGAGEMENT);

  /**
   * The dead-letter topic where {@code service} parks what it could not process from {@code topic}.
   */
  public static String deadLetter(String topic, String service) {
    return topic + ".dlq." + service;
  }

  private Topics() {}
}
