package dev.rapport.notification.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.support.ids.TimeOrderedUuids;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes one person's messages of one event, on the channels their choices gave ({@link
 * Preferences#decide}), each rendered as of when it goes out: what ticket and engagement messages
 * share. A message made before (the same event under another delivery of it) is not made again.
 */
@ApplicationScoped
public class PersonalDeliveries {
  private final NotificationEventPublisher events;
  private final ObjectMapper json;
  private final TrackedLinks links;

  PersonalDeliveries(NotificationEventPublisher events, ObjectMapper json, TrackedLinks links) {
    this.events = events;
    this.json = json;
    this.links = links;
  }

  /**
   * What every message of one event shares.
   *
   * @param ticketId the ticket it is about, or null (its e-mail then has no "view ticket" link)
   * @param surveyId the survey it asks about, or null
   * @param critical whether it bypasses quiet hours and digests
   */
  public record Source(
      String eventId,
      String eventType,
      UUID ticketId,
      String ticketKey,
      UUID surveyId,
      boolean critical) {}

  /** Renders a person's message as of {@code at}, with the e-mail's tracked link (or null). */
  @FunctionalInterface
  public interface Rendering {
    Message render(Instant at, String viewLink);
  }

  /** The contacts and preferences of a set of people, each read in one query. */
  public record People(Map<String, Contact> contacts, Map<String, PersonPreferences> preferences) {
    /** The contact of {@code userName}, or null when notification-service does not know them. */
    public Contact contact(String userName) {
      return contacts.get(userName.toLowerCase(Locale.ROOT));
    }

    /** What {@code contact} chose, or the defaults. */
    public PersonPreferences preferences(Contact contact) {
      return preferences.getOrDefault(
          contact.userName.toLowerCase(Locale.ROOT), PersonPreferences.defaults(contact.userName));
    }
  }

  /** One query each for everyone's contact and preferences, however many they are. */
  public static People lookUp(Collection<String> userNames) {
    List<String> names = userNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    return new People(
        byName(Contact.<Contact>list("lower(userName) in ?1", names), c -> c.userName),
        byName(
            PersonPreferences.<PersonPreferences>list("lower(userName) in ?1", names),
            p -> p.userName));
  }

  /** The (recipient, channel) pairs already made of event {@code eventId}. */
  public static Set<String> existing(String eventId) {
    Set<String> keys = new HashSet<>();
    for (Delivery d : Delivery.<Delivery>list("eventId", eventId)) {
      keys.add(key(d.recipient, d.channel));
    }
    return keys;
  }

  /**
   * Writes {@code contact}'s deliveries of {@code outcomes} (those not in {@code existing}), one
   * rendering per instant they go out at; the ones sent at once (the inbox) are announced.
   */
  public void write(
      Source source,
      Contact contact,
      Audience audience,
      Locale locale,
      List<Preferences.Outcome> outcomes,
      Set<String> existing,
      Rendering rendering,
      Instant now) {
    // The e-mail carries a tracked "view ticket" link, so its id is chosen before rendering.
    UUID emailId = TimeOrderedUuids.next();
    String viewLink = source.ticketId() == null ? null : links.linkFor(emailId);
    // Written as of when it goes out: "today" in an e-mail held by quiet hours is the next day's.
    Map<Instant, Message> messages = new HashMap<>();
    for (Preferences.Outcome outcome : outcomes) {
      if (existing.contains(key(contact.userName, outcome.channel()))) {
        continue;
      }
      Instant sendAt =
          outcome.nextAttemptAt() != null && outcome.nextAttemptAt().isAfter(now)
              ? outcome.nextAttemptAt()
              : now;
      Message message = messages.computeIfAbsent(sendAt, at -> rendering.render(at, viewLink));
      Delivery d = new Delivery();
      d.id = outcome.channel() == Channel.EMAIL ? emailId : TimeOrderedUuids.next();
      d.eventId = source.eventId();
      d.eventType = source.eventType();
      d.ticketId = source.ticketId();
      d.ticketKey = source.ticketKey();
      d.surveyId = source.surveyId();
      d.recipient = contact.userName;
      d.personId = contact.personId;
      d.audience = audience;
      d.channel = outcome.channel();
      // A person's chat webhook URL stays in their preferences (read when sending), not per row.
      d.address = outcome.channel() == Channel.CHAT ? null : outcome.address();
      d.locale = MessageComposer.language(locale);
      d.critical = source.critical();
      DeliveryContent.fill(d, message, json);
      d.status = outcome.status();
      d.nextAttemptAt = outcome.nextAttemptAt();
      d.createdAt = now;
      if (d.status == DeliveryStatus.SENT) {
        d.sentAt = now;
      }
      d.persist();
      if (d.status == DeliveryStatus.SENT) {
        events.delivered(d, false, now);
      }
    }
  }

  private static <T> Map<String, T> byName(List<T> rows, Function<T, String> userName) {
    Map<String, T> map = new HashMap<>();
    for (T row : rows) {
      map.put(userName.apply(row).toLowerCase(Locale.ROOT), row);
    }
    return map;
  }

  private static String key(String recipient, Channel channel) {
    return recipient.toLowerCase(Locale.ROOT) + "|" + channel;
  }
}
