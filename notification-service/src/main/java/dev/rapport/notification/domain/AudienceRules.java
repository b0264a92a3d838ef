package dev.rapport.notification.domain;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyRequested;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which audiences hear which ticket (and engagement) events, from the admin-editable rules in
 * audience_rules. An INTERNAL work note is matched under its own event type ({@link
 * #INTERNAL_NOTE}) and never reaches a non-IT audience, whatever a rule says.
 */
@ApplicationScoped
public class AudienceRules {
  /** The rule event type of INTERNAL update-posted events (work notes). */
  public static final String INTERNAL_NOTE = TicketUpdatePosted.TYPE + "#internal";

  /**
   * The event types a rule (and an opt-out) may name: the ticket events, and the engagement events
   * that make messages (rapport.survey.answered.v1 only when the rating is low, {@link
   * EngagementNotifications}).
   */
  public static final List<String> EVENT_TYPES =
      List.of(
          TicketOpened.TYPE,
          TicketUpdatePosted.TYPE,
          INTERNAL_NOTE,
          TicketTaskCompleted.TYPE,
          TicketTaskAdded.TYPE,
          TicketStatusChanged.TYPE,
          TicketResolved.TYPE,
          TicketReopened.TYPE,
          TicketClosed.TYPE,
          TicketCancelled.TYPE,
          TicketAssigned.TYPE,
          TicketUpdated.TYPE,
          TicketStakeholderAdded.TYPE,
          TicketSlaWarning.TYPE,
          TicketSlaBreached.TYPE,
          SurveyRequested.TYPE,
          SurveyAnswered.TYPE,
          PulseInvited.TYPE,
          EngagementAlert.TYPE);

  /** The rules of one event type, by audience. */
  public record ForEvent(String eventType, Map<Audience, AudienceRule> byAudience) {
    /**
     * How {@code audience} hears an event of this type about a ticket of {@code priority}; NONE
     * when no rule says otherwise, below the rule's priority, and always for internal content to a
     * non-IT audience.
     */
    public RuleDelivery delivery(Audience audience, String priority, boolean internal) {
      if (internal && !audience.isIt()) {
        return RuleDelivery.NONE;
      }
      AudienceRule rule = byAudience.get(audience);
      if (rule == null || !atLeast(priority, rule.minPriority)) {
        return RuleDelivery.NONE;
      }
      return rule.delivery;
    }
  }

  /** The rule event type of an event: its CloudEvent type, or {@link #INTERNAL_NOTE}. */
  public static String ruleEventType(String ceType, boolean internal) {
    return internal && TicketUpdatePosted.TYPE.equals(ceType) ? INTERNAL_NOTE : ceType;
  }

  /** The rules for {@code ruleEventType}, read once per event. */
  public ForEvent forEvent(String ruleEventType) {
    List<AudienceRule> rules = AudienceRule.list("eventType", ruleEventType);
    return new ForEvent(
        ruleEventType,
        rules.stream().collect(Collectors.toMap(r -> r.audience, r -> r, (a, b) -> a)));
  }

  /** Whether a ticket of {@code priority} (P1 highest) is at {@code minimum} or above. */
  static boolean atLeast(String priority, String minimum) {
    if (minimum == null) {
      return true;
    }
    if (priority == null) {
      return false;
    }
    return priority.compareToIgnoreCase(minimum) <= 0;
  }
}
