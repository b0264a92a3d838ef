package dev.rapport.events;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationFailed;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingAssigned;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStakeholderAdded;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketTaskAdded;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.events.ticket.TicketUpdated;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every event type of the suite: its payload record, CloudEvents type, topic and JSON Schema. A new
 * payload record is added here; tests and services iterate {@link #all()} (for example to check
 * schemas, or to map an incoming {@code ce_type} header to the record to read it into).
 */
public final class EventCatalog {

  /** Base of every schema {@code $id}; the file of type {@code t} is {@code SCHEMA_BASE + t}. */
  public static final String SCHEMA_BASE = "https://rapport.dev/schemas/events/";

  /** Classpath folder (in this jar) holding one schema per type plus shared definitions. */
  public static final String SCHEMA_RESOURCE_DIR = "schemas/";

  /** What every type name looks like: {@code rapport.<aggregate>.<happened>.v<major>}. */
  public static final Pattern TYPE_PATTERN =
      Pattern.compile("^rapport\\.([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\\.v([1-9][0-9]*)$");

  /**
   * One event type.
   *
   * @param payload the record carried as CloudEvents data
   * @param type the CloudEvents type, {@code rapport.<aggregate>.<happened>.v1}
   * @param topic the Kafka topic it is published on
   */
  public record Entry(Class<? extends EventPayload> payload, String type, String topic) {

    public Entry {
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(topic, "topic");
      if (!TYPE_PATTERN.matcher(type).matches()) {
        throw new IllegalArgumentException("not a rapport event type: " + type);
      }
    }

    /** The aggregate part of the type, e.g. {@code ticket}. */
    public String aggregate() {
      return part(1);
    }

    /** What happened, e.g. {@code status-changed}. */
    public String happened() {
      return part(2);
    }

    /** The major version of the type. */
    public int version() {
      return Integer.parseInt(part(3));
    }

    /** The schema's file name, e.g. {@code rapport.ticket.opened.v1.json}. */
    public String schemaFile() {
      return type + ".json";
    }

    /**
     * The schema as a classpath resource name, e.g. {@code schemas/rapport.ticket.opened.v1.json}.
     */
    public String schemaResource() {
      return SCHEMA_RESOURCE_DIR + schemaFile();
    }

    /** The schema's {@code $id}. */
    public String schemaId() {
      return SCHEMA_BASE + schemaFile();
    }

    private String part(int group) {
      Matcher m = TYPE_PATTERN.matcher(type);
      if (!m.matches()) {
        throw new IllegalStateException(type);
      }
      return m.group(group);
    }
  }

  private static final List<Entry> ALL =
      List.of(
          new Entry(TicketOpened.class, TicketOpened.TYPE, Topics.TICKETS),
          new Entry(TicketUpdated.class, TicketUpdated.TYPE, Topics.TICKETS),
          new Entry(TicketAssigned.class, TicketAssigned.TYPE, Topics.TICKETS),
          new Entry(TicketStatusChanged.class, TicketStatusChanged.TYPE, Topics.TICKETS),
          new Entry(TicketUpdatePosted.class, TicketUpdatePosted.TYPE, Topics.TICKETS),
          new Entry(TicketTaskAdded.class, TicketTaskAdded.TYPE, Topics.TICKETS),
          new Entry(TicketTaskCompleted.class, TicketTaskCompleted.TYPE, Topics.TICKETS),
          new Entry(TicketStakeholderAdded.class, TicketStakeholderAdded.TYPE, Topics.TICKETS),
          new Entry(TicketResolved.class, TicketResolved.TYPE, Topics.TICKETS),
          new Entry(TicketReopened.class, TicketReopened.TYPE, Topics.TICKETS),
          new Entry(TicketClosed.class, TicketClosed.TYPE, Topics.TICKETS),
          new Entry(TicketCancelled.class, TicketCancelled.TYPE, Topics.TICKETS),
          new Entry(TicketSlaWarning.class, TicketSlaWarning.TYPE, Topics.TICKETS),
          new Entry(TicketSlaBreached.class, TicketSlaBreached.TYPE, Topics.TICKETS),
          new Entry(PersonUpserted.class, PersonUpserted.TYPE, Topics.PEOPLE),
          new Entry(PersonDeactivated.class, PersonDeactivated.TYPE, Topics.PEOPLE),
          new Entry(TeamChanged.class, TeamChanged.TYPE, Topics.PEOPLE),
          new Entry(SkillGapChanged.class, SkillGapChanged.TYPE, Topics.SKILLS),
          new Entry(TrainingAssigned.class, TrainingAssigned.TYPE, Topics.SKILLS),
          new Entry(TrainingCompleted.class, TrainingCompleted.TYPE, Topics.SKILLS),
          new Entry(NotificationDelivered.class, NotificationDelivered.TYPE, Topics.NOTIFICATIONS),
          new Entry(NotificationFailed.class, NotificationFailed.TYPE, Topics.NOTIFICATIONS),
          new Entry(NotificationRead.class, NotificationRead.TYPE, Topics.NOTIFICATIONS),
          new Entry(SurveyRequested.class, SurveyRequested.TYPE, Topics.ENGAGEMENT),
          new Entry(SurveyCancelled.class, SurveyCancelled.TYPE, Topics.ENGAGEMENT),
          new Entry(SurveyAnswered.class, SurveyAnswered.TYPE, Topics.ENGAGEMENT),
          new Entry(PulseInvited.class, PulseInvited.TYPE, Topics.ENGAGEMENT),
          new Entry(EngagementAlert.class, EngagementAlert.TYPE, Topics.ENGAGEMENT));

  private static final Map<String, Entry> BY_TYPE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

  private static final Map<Class<? extends EventPayload>, Entry> BY_PAYLOAD =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Entry::payload, Function.identity()));

  /** Every event type, in catalogue order (as in docs/events.md). */
  public static List<Entry> all() {
    return ALL;
  }

  /** The entry for a CloudEvents type (the {@code ce_type} header), if it is one of ours. */
  public static Optional<Entry> byType(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /**
   * The entry for a payload record.
   *
   * @throws IllegalArgumentException when the class is not in the catalogue
   */
  public static Entry of(Class<? extends EventPayload> payload) {
    Entry entry = BY_PAYLOAD.get(payload);
    if (entry == null) {
      throw new IllegalArgumentException(payload.getName() + " is not in the EventCatalog");
    }
    return entry;
  }

  /** The entry for a payload instance; see {@link #of(Class)}. */
  public static Entry of(EventPayload payload) {
    return of(payload.getClass());
  }

  /** The types published on {@code topic}, in catalogue order. */
  public static List<Entry> onTopic(String topic) {
    return ALL.stream().filter(e -> e.topic().equals(topic)).toList();
  }

  private EventCatalog() {}
}
