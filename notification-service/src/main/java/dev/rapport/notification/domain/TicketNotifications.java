package dev.rapport.notification.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Turns one ticket event into deliveries: who has a stake ({@link Recipients}), which of them hear
 * it ({@link AudienceRules}, one message per person under their most specific audience that hears
 * it), how and when their choices allow ({@link Preferences}), in their words ({@link
 * MessageComposer}). Runs in the consumer's transaction, with the subscriptions' fan-out.
 *
 * <p>Longer than a screen or two because one event's whole decision stays together, read top to
 * bottom.
 */
@ApplicationScoped
public class TicketNotifications {
  private static final Logger LOG = Logger.getLogger(TicketNotifications.class);

  private final Recipients recipients;
  private final AudienceRules rules;
  private final MessageComposer composer;
  private final SubscriptionFanout fanout;
  private final NotificationEventPublisher events;
  private final ObjectMapper json;
  private final TrackedLinks links;
  private final Clock clock;

  TicketNotifications(
      Recipients recipients,
      AudienceRules rules,
      MessageComposer composer,
      SubscriptionFanout fanout,
      NotificationEventPublisher events,
      ObjectMapper json,
      TrackedLinks links,
      Clock clock) {
    this.recipients = recipients;
    this.rules = rules;
    this.composer = composer;
    this.fanout = fanout;
    this.events = events;
    this.json = json;
    this.links = links;
    this.clock = clock;
  }

  /** Creates the deliveries of {@code payload} about {@code ticket}; must run in a transaction. */
  public void notify(IncomingCloudEvent event, EventPayload payload, TicketSummary ticket) {
    boolean internal =
        payload instanceof TicketUpdatePosted u && "INTERNAL".equalsIgnoreCase(u.visibility());
    fanout.fanOut(event, payload, ticket, internal);
    if (announcedElsewhere(payload)) {
      return;
    }
    Instant now = clock.instant();
    String ruleType = AudienceRules.ruleEventType(event.type(), internal);
    AudienceRules.ForEvent forEvent = rules.forEvent(ruleType);
    boolean critical = Criticality.isCritical(event.type(), ticket.priority());
    String actor = actorOf(payload);
    Set<String> existing = existing(event.id());
    MessageContext context =
        new MessageContext(
            teamName(ticket.teamId()), displayName(actor), displayName(ticket.requester()), now);
    MessageKind kind = MessageKind.of(payload);
    // An opt-out of update-posted covers internal notes too.
    Set<String> ruleTypes = new HashSet<>(List.of(event.type(), ruleType));

    List<Recipients.Recipient> everyone = recipients.of(payload, ticket);
    if (everyone.isEmpty()) {
      return;
    }
    // One query each for everyone's contact and preferences, however large the team.
    List<String> names = everyone.stream().map(r -> r.userName().toLowerCase(Locale.ROOT)).toList();
    Map<String, Contact> contacts =
        byName(Contact.<Contact>list("lower(userName) in ?1", names), c -> c.userName);
    Map<String, PersonPreferences> preferences =
        byName(
            PersonPreferences.<PersonPreferences>list("lower(userName) in ?1", names),
            p -> p.userName);
    for (Recipients.Recipient recipient : everyone) {
      if (actor != null && actor.equalsIgnoreCase(recipient.userName())) {
        continue; // whoever caused it knows
      }
      Contact contact = contacts.get(recipient.userName().toLowerCase(Locale.ROOT));
      if (contact == null) {
        LOG.debugf(
            "No contact for %s (%s of %s): nothing sent",
            recipient.userName(), recipient.audiences(), ticket.key());
        continue;
      }
      if (!contact.active) {
        continue;
      }
      // Who is IT is their roles, not their place: a requester at stakeholder level IT or in the
      // ticket's team hears what that audience hears in business words, and no internal note.
      boolean staff = contact.isStaff();
      Audience audience = null;
      RuleDelivery delivery = RuleDelivery.NONE;
      for (Audience candidate : recipient.audiences()) {
        delivery = forEvent.delivery(candidate, ticket.priority(), internal);
        if (delivery != RuleDelivery.NONE && (staff || !internal)) {
          audience = candidate;
          break;
        }
      }
      if (audience == null) {
        continue;
      }
      // Defence in depth: the rules already refuse internal content to a business audience.
      if (internal && !(audience.isIt() && staff)) {
        continue;
      }
      PersonPreferences prefs =
          preferences.getOrDefault(
              contact.userName.toLowerCase(Locale.ROOT),
              PersonPreferences.defaults(contact.userName));
      List<Preferences.Outcome> outcomes =
          Preferences.decide(prefs, contact, kind, ruleTypes, critical, delivery, now);
      if (outcomes.isEmpty()) {
        continue;
      }
      Locale locale = Preferences.locale(prefs, contact);
      // The e-mail carries a tracked "view ticket" link, so its id is chosen before rendering.
      UUID emailId = TimeOrderedUuids.next();
      Addressee to =
          new Addressee(
              contact.displayName,
              locale,
              Preferences.zone(prefs, contact),
              contact.userName.equalsIgnoreCase(ticket.requester()),
              audience.isIt() && staff);
      Message message = composer.compose(payload, ticket, context, to, links.linkFor(emailId));
      for (Preferences.Outcome outcome : outcomes) {
        if (existing.contains(key(contact.userName, outcome.channel()))) {
          continue; // made before (the same event under another delivery of it)
        }
        Delivery d = new Delivery();
        d.id = outcome.channel() == Channel.EMAIL ? emailId : TimeOrderedUuids.next();
        d.eventId = event.id();
        d.eventType = event.type();
        d.ticketId = ticket.id();
        d.ticketKey = ticket.key();
        d.recipient = contact.userName;
        d.personId = contact.personId;
        d.audience = audience;
        d.channel = outcome.channel();
        // A person's chat webhook URL stays in their preferences (read when sending), not per row.
        d.address = outcome.channel() == Channel.CHAT ? null : outcome.address();
        d.locale = MessageComposer.language(locale);
        d.critical = critical;
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
  }

  /**
   * Events whose news another event carries, so that nobody hears it twice: the automatic
   * update-posted after a task-completed (progress), and the status change to RESOLVED before the
   * resolved event (which carries the resolution).
   */
  static boolean announcedElsewhere(EventPayload payload) {
    if (payload instanceof TicketUpdatePosted u) {
      return u.automatic();
    }
    return payload instanceof TicketStatusChanged s && "RESOLVED".equalsIgnoreCase(s.to());
  }

  private static <T> Map<String, T> byName(List<T> rows, Function<T, String> userName) {
    Map<String, T> map = new HashMap<>();
    for (T row : rows) {
      map.put(userName.apply(row).toLowerCase(Locale.ROOT), row);
    }
    return map;
  }

  private static Set<String> existing(String eventId) {
    List<Delivery> made = Delivery.list("eventId", eventId);
    Set<String> keys = new HashSet<>();
    for (Delivery d : made) {
      keys.add(key(d.recipient, d.channel));
    }
    return keys;
  }

  private static String key(String recipient, Channel channel) {
    return recipient.toLowerCase(Locale.ROOT) + "|" + channel;
  }

  private static String teamName(String teamId) {
    if (teamId == null) {
      return null;
    }
    TeamName name = TeamName.findById(teamId);
    return name == null ? null : name.name;
  }

  private static String displayName(String userName) {
    if (userName == null) {
      return null;
    }
    return Contact.findByUserName(userName).map(c -> c.displayName).orElse(userName);
  }

  private static final Map<Class<?>, RecordComponent> ACTORS = new HashMap<>();

  /** Every ticket event record names who caused it as {@code actor}. */
  static String actorOf(EventPayload payload) {
    RecordComponent component;
    synchronized (ACTORS) {
      component =
          ACTORS.computeIfAbsent(
              payload.getClass(),
              type ->
                  Arrays.stream(type.getRecordComponents())
                      .filter(c -> c.getName().equals("actor") && c.getType() == String.class)
                      .findFirst()
                      .orElse(null));
    }
    if (component == null) {
      return null;
    }
    try {
      return (String) component.getAccessor().invoke(payload);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
