package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
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
  private final PersonalDeliveries deliveries;
  private final Clock clock;

  TicketNotifications(
      Recipients recipients,
      AudienceRules rules,
      MessageComposer composer,
      SubscriptionFanout fanout,
      PersonalDeliveries deliveries,
      Clock clock) {
    this.recipients = recipients;
    this.rules = rules;
    this.composer = composer;
    this.fanout = fanout;
    this.deliveries = deliveries;
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
    Set<String> existing = PersonalDeliveries.existing(event.id());
    MessageContext context =
        new MessageContext(
            TeamName.nameOf(ticket.teamId()),
            Contact.displayNameOf(actor),
            Contact.displayNameOf(ticket.requester()),
            now);
    MessageKind kind = MessageKind.of(payload);
    // An opt-out of update-posted covers internal notes too.
    Set<String> ruleTypes = new HashSet<>(List.of(event.type(), ruleType));

    List<Recipients.Recipient> everyone = recipients.of(payload, ticket);
    if (everyone.isEmpty()) {
      return;
    }
    // One query each for everyone's contact and preferences, however large the team.
    PersonalDeliveries.People people =
        PersonalDeliveries.lookUp(everyone.stream().map(Recipients.Recipient::userName).toList());
    PersonalDeliveries.Source source =
        new PersonalDeliveries.Source(
            event.id(), event.type(), ticket.id(), ticket.key(), null, critical);
    for (Recipients.Recipient recipient : everyone) {
      if (actor != null && actor.equalsIgnoreCase(recipient.userName())) {
        continue; // whoever caused it knows
      }
      Contact contact = people.contact(recipient.userName());
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
      PersonPreferences prefs = people.preferences(contact);
      List<Preferences.Outcome> outcomes =
          Preferences.decide(prefs, contact, kind, ruleTypes, critical, delivery, now);
      if (outcomes.isEmpty()) {
        continue;
      }
      Locale locale = Preferences.locale(prefs, contact);
      Addressee to =
          new Addressee(
              contact.displayName,
              locale,
              Preferences.zone(prefs, contact),
              contact.userName.equalsIgnoreCase(ticket.requester()),
              audience.isIt() && staff);
      deliveries.write(
          source,
          contact,
          audience,
          locale,
          outcomes,
          existing,
          (at, viewLink) -> composer.compose(payload, ticket, context.at(at), to, viewLink),
          now);
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
