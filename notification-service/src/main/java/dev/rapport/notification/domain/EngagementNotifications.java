package dev.rapport.notification.domain;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns engagement events into messages, each to whom its audience rule names (admins edit them),
 * on the person's channels, in their language and zone, with their opt-outs and quiet hours; none
 * waits for a digest ({@link MessageKind#digestible}):
 *
 * <ul>
 *   <li>a survey (SURVEY) to the ticket's requester, with its five one-click rating links;
 *   <li>a rating of 1 or 2 (CSAT_LOW) to the leads of the ticket's team: on the first answer that
 *       low and on a revision that drops to it, never twice for a rating that stays low, never for
 *       an answer older than the one heard ({@link SurveyRating});
 *   <li>a pulse invitation (PULSE_INVITATION) to the member invited;
 *   <li>an engagement alert (ENGAGEMENT_ALERT) to the leads of its team; a service-level one to the
 *       service's business owners (BUSINESS_OWNER, in plain words), as the service's newest ticket
 *       names them ({@link BusinessOwners}).
 * </ul>
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class EngagementNotifications {
  private static final Logger LOG = Logger.getLogger(EngagementNotifications.class);

  private final Recipients recipients;
  private final BusinessOwners owners;
  private final AudienceRules rules;
  private final EngagementComposer composer;
  private final PersonalDeliveries deliveries;
  private final Clock clock;

  EngagementNotifications(
      Recipients recipients,
      BusinessOwners owners,
      AudienceRules rules,
      EngagementComposer composer,
      PersonalDeliveries deliveries,
      Clock clock) {
    this.recipients = recipients;
    this.owners = owners;
    this.rules = rules;
    this.composer = composer;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** How one reader's view of the news is made, as of when their message goes out. */
  private interface Reading extends BiFunction<Addressee, Instant, EngagementView> {}

  /** Asks the requester how satisfied they are, with the survey's links. */
  public void survey(IncomingCloudEvent event, SurveyRequested survey) {
    SurveyTicket t = requireTicket(survey.ticket(), event);
    requireFiveRatings(survey.ratingLinks(), event);
    deliver(
        event,
        new PersonalDeliveries.Source(
            event.id(), event.type(), t.id(), t.key(), survey.survey(), false),
        MessageKind.SURVEY,
        t.priority(),
        List.of(new Recipients.Recipient(survey.requester(), List.of(Audience.REQUESTER))),
        (to, at) ->
            EngagementView.survey(t.key(), t.title(), composer.when(survey.expiresAt(), at, to)),
        survey.ratingLinks(),
        survey.answerUrl());
  }

  /** Alerts the team's leads of a low rating, once per drop to 1 or 2. */
  public void answered(IncomingCloudEvent event, SurveyAnswered answer) {
    SurveyTicket t = requireTicket(answer.ticket(), event);
    Instant now = clock.instant();
    SurveyRating heard = SurveyRating.findById(answer.survey());
    if (heard != null && !answer.answeredAt().isAfter(heard.answeredAt)) {
      LOG.debugf("Answer to survey %s of %s is older than the one heard", answer.survey(), now);
      return;
    }
    Integer before = heard == null ? null : heard.rating;
    if (heard == null) {
      heard = new SurveyRating();
      heard.surveyId = answer.survey();
    }
    heard.rating = answer.rating();
    heard.answeredAt = answer.answeredAt();
    heard.updatedAt = now;
    heard.persist();
    if (!SurveyRating.low(answer.rating()) || (before != null && SurveyRating.low(before))) {
      return;
    }
    String person = Contact.displayNameOf(answer.requester());
    String team = TeamName.nameOf(t.teamId());
    String assignee = Contact.displayNameOf(t.assignee());
    Integer previous = answer.revised() ? before : null;
    List<Recipients.Recipient> leads =
        recipients.leadsOf(t.teamId()).stream()
            .filter(lead -> !lead.userName().equalsIgnoreCase(answer.requester()))
            .toList();
    deliver(
        event,
        new PersonalDeliveries.Source(event.id(), event.type(), t.id(), t.key(), null, false),
        MessageKind.CSAT_LOW,
        t.priority(),
        leads,
        (to, at) ->
            EngagementView.rating(
                t.key(),
                t.title(),
                team,
                person,
                assignee,
                answer.rating(),
                previous,
                answer.comment()),
        List.of(),
        null);
  }

  /** Invites the member to their team's pulse survey. */
  public void pulse(IncomingCloudEvent event, PulseInvited invited) {
    String team = TeamName.nameOf(invited.teamId());
    deliver(
        event,
        new PersonalDeliveries.Source(event.id(), event.type(), null, null, null, false),
        MessageKind.PULSE_INVITATION,
        null,
        List.of(new Recipients.Recipient(invited.person(), List.of(Audience.TEAM))),
        (to, at) ->
            EngagementView.pulse(invited.title(), team, composer.when(invited.closesAt(), at, to)),
        List.of(),
        invited.answerUrl());
  }

  /** Tells a team's leads, or for a SERVICE alert its business owners, of a threshold crossed. */
  public void alert(IncomingCloudEvent event, EngagementAlert alert) {
    boolean service = "SERVICE".equalsIgnoreCase(alert.scope());
    BusinessOwners.Service known = owners.of(alert);
    List<Recipients.Recipient> who =
        service ? known.recipients() : recipients.leadsOf(alert.teamId());
    if (who.isEmpty()) {
      LOG.infof(
          "Engagement alert %s (%s, team %s, service %s): nobody known to tell",
          alert.alert(), alert.metric(), alert.teamId(), alert.businessServiceId());
      return;
    }
    String team = TeamName.nameOf(alert.teamId());
    AlertWindow window = AlertWindow.of(alert.window());
    deliver(
        event,
        new PersonalDeliveries.Source(event.id(), event.type(), null, null, null, false),
        MessageKind.ENGAGEMENT_ALERT,
        null,
        who,
        (to, at) ->
            EngagementView.alert(
                team,
                known.name(),
                alert.metric(),
                EngagementComposer.figure(alert.observed(), to),
                EngagementComposer.figure(alert.threshold(), to),
                window,
                alert.summary()),
        List.of(),
        null);
  }

  private void deliver(
      IncomingCloudEvent event,
      PersonalDeliveries.Source source,
      MessageKind kind,
      String priority,
      List<Recipients.Recipient> who,
      Reading reading,
      List<RatingLink> ratings,
      String answerUrl) {
    if (who.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    AudienceRules.ForEvent forEvent = rules.forEvent(event.type());
    Set<String> existing = PersonalDeliveries.existing(event.id());
    PersonalDeliveries.People people =
        PersonalDeliveries.lookUp(who.stream().map(Recipients.Recipient::userName).toList());
    for (Recipients.Recipient recipient : who) {
      Contact contact = people.contact(recipient.userName());
      if (contact == null || !contact.active) {
        LOG.debugf("No active contact for %s: no %s sent", recipient.userName(), kind);
        continue;
      }
      Audience audience = recipient.audiences().get(0);
      RuleDelivery rule = forEvent.delivery(audience, priority, false);
      if (rule == RuleDelivery.NONE) {
        continue;
      }
      PersonPreferences prefs = people.preferences(contact);
      List<Preferences.Outcome> outcomes =
          Preferences.decide(prefs, contact, kind, Set.of(event.type()), false, rule, now);
      Locale locale = Preferences.locale(prefs, contact);
      Addressee to =
          new Addressee(
              contact.displayName,
              locale,
              Preferences.zone(prefs, contact),
              audience == Audience.REQUESTER,
              false);
      deliveries.write(
          source,
          contact,
          audience,
          locale,
          outcomes,
          existing,
          (at, viewLink) ->
              composer.compose(kind, reading.apply(to, at), to, viewLink, ratings, answerUrl),
          now);
    }
  }

  private static SurveyTicket requireTicket(SurveyTicket ticket, IncomingCloudEvent event) {
    if (ticket == null || ticket.id() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no ticket");
    }
    return ticket;
  }

  /** A survey offers one link for each rating from 1 to 5, or it is not one we can send. */
  private static void requireFiveRatings(List<RatingLink> links, IncomingCloudEvent event) {
    Set<Integer> ratings = links.stream().map(RatingLink::rating).collect(Collectors.toSet());
    boolean allUrls = links.stream().allMatch(l -> l.url() != null && !l.url().isBlank());
    if (links.size() != 5 || !ratings.equals(Set.of(1, 2, 3, 4, 5)) || !allUrls) {
      throw new IllegalArgumentException(
          event.type() + " " + event.id() + " does not carry one link per rating 1 to 5");
    }
  }
}
