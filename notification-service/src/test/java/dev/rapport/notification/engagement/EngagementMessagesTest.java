package dev.rapport.notification.engagement;

import static dev.rapport.notification.engagement.EngagementEvents.answered;
import static dev.rapport.notification.engagement.EngagementEvents.requested;
import static dev.rapport.notification.pipeline.Pipeline.awaitFor;
import static dev.rapport.notification.pipeline.Pipeline.deliveries;
import static dev.rapport.notification.pipeline.Pipeline.inbox;
import static dev.rapport.notification.pipeline.Pipeline.one;
import static dev.rapport.notification.pipeline.Pipeline.preferences;
import static dev.rapport.notification.pipeline.Pipeline.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.RapportTestResource;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.pipeline.Pipeline;
import dev.rapport.notification.pipeline.PipelineProfile;
import dev.rapport.notification.pipeline.TestClock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Engagement events from rapport.engagement.v1 under the default rules, as written (no sending): a
 * survey reaches its requester with its five links, in their language and on their channels, with
 * their opt-outs and quiet hours but never held for a digest; a cancelled survey leaves the inbox
 * and is never sent; a rating of 1 or 2 reaches the team's leads alone, once per drop; a pulse
 * invitation reaches the member; an alert the team's leads; a redelivery makes nothing twice.
 */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class EngagementMessagesTest {
  /** Tuesday noon; 12:00 in London, 13:00 in Paris. */
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  /** A week later at 17:00 UTC: 17:00 in London, 18:00 in Paris. */
  private static final Instant CLOSES = Instant.parse("2026-12-08T17:00:00Z");

  @Inject ObjectMapper json;
  @Inject TestClock clock;

  private String team;
  private String alice;
  private String amelie;
  private String lena;
  private String louis;
  private String agnes;

  @BeforeEach
  void people() {
    UUID teamId = UUID.randomUUID();
    team = teamId.toString();
    TeamRef network = new TeamRef(teamId, "Network");
    alice = unique("alice");
    amelie = unique("amelie");
    lena = unique("lena");
    louis = unique("louis");
    agnes = unique("agnes");
    try (Pipeline p = new Pipeline(json)) {
      p.person(alice, "Alice Martin", "en-GB", "Europe/London");
      p.person(amelie, "Amélie Durand", "fr-FR", "Europe/Paris");
      p.person(lena, "Lena", "en-GB", "Europe/London", List.of(PersonSnapshot.LEAD), network);
      p.person(louis, "Louis", "fr-FR", "Europe/Paris", List.of(PersonSnapshot.LEAD), network);
      p.agent(agnes, network);
    }
    clock.set(NOON);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aSurveyReachesItsRequesterWithItsFiveLinksInTheirLanguage() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      SurveyRequested english = requested(ticket(alice), alice, CLOSES);
      SurveyRequested french = requested(ticket(amelie), amelie, CLOSES);
      List<Delivery> made = awaitFor(events.publish(english), alice);
      List<Delivery> fr = awaitFor(events.publish(french), amelie);

      assertThat(made).extracting(d -> d.recipient).containsOnly(alice);
      assertThat(made).extracting(d -> d.channel).containsOnly(Channel.EMAIL, Channel.IN_APP);
      Delivery inbox = one(made, alice, "IN_APP");
      assertThat(inbox.audience).isEqualTo(Audience.REQUESTER);
      assertThat(inbox.surveyId).isEqualTo(english.survey());
      assertThat(inbox.status).isEqualTo(DeliveryStatus.SENT);
      String key = english.ticket().key();
      assertThat(inbox.subject).isEqualTo("How did we do on " + key + " 'Printer jammed'?");
      assertThat(inbox.bodyText)
          .startsWith("Your request 'Printer jammed' has been resolved.")
          .contains("This survey closes at 17:00 on Tuesday 8 December.")
          .contains("1 - Very dissatisfied: " + english.ratingLinks().get(0).url())
          .contains("5 - Very satisfied: " + english.ratingLinks().get(4).url())
          .contains("Rate it and add a comment: " + english.answerUrl());
      Delivery email = one(made, alice, "EMAIL");
      for (RatingLink link : english.ratingLinks()) {
        assertThat(email.bodyText).containsOnlyOnce(link.url());
        assertThat(email.bodyHtml).contains("<a href=\"" + link.url() + "\">");
      }
      assertThat(email.bodyText).contains("View the ticket: ");

      Delivery french1 = one(fr, amelie, "IN_APP");
      assertThat(french1.subject)
          .isEqualTo(
              "Comment avons-nous traité " + french.ticket().key() + " « Printer jammed » ?");
      assertThat(french1.bodyText)
          .startsWith("Votre demande « Printer jammed » a été résolue.")
          .contains("Cette enquête se termine à 18:00 le mardi 8 décembre.")
          .contains("1 - Très insatisfait: " + french.ratingLinks().get(0).url())
          .contains("5 - Très satisfait: " + french.ratingLinks().get(4).url());
    }
  }

  @Test
  void aSurveyHonoursOptOutsAndQuietHoursButNeverWaitsForADigest() {
    String optedOut = unique("olive");
    String quiet = unique("quinn");
    String digested = unique("dora");
    try (Pipeline p = new Pipeline(json);
        EngagementEvents events = new EngagementEvents(json)) {
      p.person(optedOut, "Olive", "en-GB", "Europe/London");
      p.person(quiet, "Quinn", "en-GB", "Europe/London");
      p.person(digested, "Dora", "en-GB", "Europe/London");
      preferences(optedOut, "{\"optOuts\":[\"rapport.survey.requested.v1\"]}");
      preferences(quiet, "{\"quietStart\":\"11:00\",\"quietEnd\":\"14:00\"}");
      preferences(digested, "{\"digest\":\"DAILY\",\"digestTime\":\"08:00\"}");

      List<Delivery> suppressed =
          awaitFor(events.publish(requested(ticket(optedOut), optedOut, CLOSES)), optedOut);
      assertThat(suppressed).extracting(d -> d.status).containsOnly(DeliveryStatus.SUPPRESSED);

      List<Delivery> held =
          awaitFor(events.publish(requested(ticket(quiet), quiet, CLOSES)), quiet);
      assertThat(one(held, quiet, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
      Delivery email = one(held, quiet, "EMAIL");
      assertThat(email.status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(email.nextAttemptAt).isEqualTo(Instant.parse("2026-12-01T14:00:00Z"));

      List<Delivery> now =
          awaitFor(events.publish(requested(ticket(digested), digested, CLOSES)), digested);
      assertThat(one(now, digested, "IN_APP").status).isEqualTo(DeliveryStatus.SENT);
      assertThat(one(now, digested, "EMAIL").status).isEqualTo(DeliveryStatus.PENDING);
      assertThat(one(now, digested, "EMAIL").nextAttemptAt).isEqualTo(NOON);
    }
  }

  @Test
  void aSurveyGoesToTheChatThePersonChoseForSurveysWithItsLinks() throws Exception {
    String chatty = unique("chad");
    try (Pipeline p = new Pipeline(json);
        EngagementEvents events = new EngagementEvents(json)) {
      p.person(chatty, "Chad", "en-GB", "Europe/London");
      preferences(
          chatty,
          "{\"channels\":{\"SURVEY\":[\"CHAT\"]},"
              + "\"chatWebhookUrl\":\"https://chat.example.com/hooks/chad\"}");
      SurveyRequested survey = requested(ticket(chatty), chatty, CLOSES);
      List<Delivery> made = awaitFor(events.publish(survey), chatty);
      assertThat(made).extracting(d -> d.channel).containsOnly(Channel.CHAT, Channel.IN_APP);
      String text = json.readTree(one(made, chatty, "CHAT").payload).path("text").asText();
      assertThat(text)
          .startsWith("*How did we do on " + survey.ticket().key() + " 'Printer jammed'?*")
          .contains("<" + survey.ratingLinks().get(0).url() + "|1 - Very dissatisfied>")
          .contains("<" + survey.ratingLinks().get(4).url() + "|5 - Very satisfied>");
    }
  }

  @Test
  void aCancelledSurveyLeavesTheInboxAndIsNeverSentAndMakesNoMessage() {
    String quiet = unique("quentin");
    try (Pipeline p = new Pipeline(json);
        EngagementEvents events = new EngagementEvents(json)) {
      p.person(quiet, "Quentin", "en-GB", "Europe/London");
      preferences(quiet, "{\"quietStart\":\"11:00\",\"quietEnd\":\"14:00\"}");
      SurveyRequested survey = requested(ticket(quiet), quiet, CLOSES);
      String asked = events.publish(survey);
      awaitFor(asked, quiet);
      String subject = "How did we do on " + survey.ticket().key() + " 'Printer jammed'?";
      assertThat(inbox(quiet).getList("items.subject", String.class)).contains(subject);

      String cancelled =
          events.publish(
              new SurveyCancelled(
                  survey.survey(), survey.ticket(), quiet, "the ticket was reopened"));
      Pipeline.await(asked, ds -> ds.stream().allMatch(d -> d.status == DeliveryStatus.WITHDRAWN));
      assertThat(deliveries(asked))
          .extracting(d -> d.lastError)
          .containsOnly("survey withdrawn: the ticket was reopened");
      assertThat(inbox(quiet).getList("items.subject", String.class)).doesNotContain(subject);
      assertThat(deliveries(cancelled)).isEmpty();
    }
  }

  @Test
  void aLowRatingReachesTheTeamsLeadsAloneInTheirLanguage() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      SurveyTicket t = EngagementEvents.ticket(alice, team, agnes);
      String ce =
          events.publish(
              answered(UUID.randomUUID(), t, alice, 2, "nobody told me anything", NOON, false));
      List<Delivery> made = Pipeline.await(ce, ds -> ds.size() >= 4);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena, louis);
      assertThat(made).extracting(d -> d.audience).containsOnly(Audience.TEAM_LEAD);
      Delivery lead = one(made, lena, "IN_APP");
      assertThat(lead.subject)
          .isEqualTo("[" + t.key() + "] Alice Martin rated it 2/5: Printer jammed");
      assertThat(lead.bodyText)
          .startsWith("Alice Martin rated " + t.key() + " 2/5: 'nobody told me anything'")
          .contains("resolved by the Network team (agnes")
          .contains("Please call Alice Martin back");
      assertThat(one(made, lena, "EMAIL").bodyText).contains("View the ticket: ");
      assertThat(one(made, louis, "IN_APP").bodyText)
          .startsWith("Alice Martin a noté " + t.key() + " 2/5 : « nobody told me anything »");
    }
  }

  @Test
  void aLowRatingAlertsOnTheFirstAnswerAndOnEachDropNotWhileItStaysLowNorForAnOlderAnswer() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      SurveyTicket t = EngagementEvents.ticket(alice, team, null);
      UUID survey = UUID.randomUUID();
      String four = events.publish(answered(survey, t, alice, 4, "fine", NOON, false));
      String two =
          events.publish(
              answered(survey, t, alice, 2, "it broke again", NOON.plusSeconds(60), true));
      String one =
          events.publish(
              answered(survey, t, alice, 1, "still broken", NOON.plusSeconds(120), true));
      String stale =
          events.publish(answered(survey, t, alice, 1, "late", NOON.plusSeconds(90), true));
      String five =
          events.publish(answered(survey, t, alice, 5, "fixed", NOON.plusSeconds(180), true));
      String again =
          events.publish(
              answered(survey, t, alice, 1, "broken again", NOON.plusSeconds(240), true));

      // Same ticket, same partition: once the last is in, every earlier one has been read.
      List<Delivery> dropped = Pipeline.await(again, ds -> ds.size() >= 4);
      assertThat(one(dropped, lena, "IN_APP").bodyText)
          .startsWith("Alice Martin changed their rating of " + t.key() + " from 5/5 to 1/5");
      assertThat(one(Pipeline.await(two, ds -> ds.size() >= 4), lena, "IN_APP").bodyText)
          .startsWith(
              "Alice Martin changed their rating of "
                  + t.key()
                  + " from 4/5 to 2/5: 'it broke again'");
      assertThat(deliveries(four)).isEmpty();
      assertThat(deliveries(one)).isEmpty();
      assertThat(deliveries(stale)).isEmpty();
      assertThat(deliveries(five)).isEmpty();
    }
  }

  @Test
  void aLongCommentIsShortenedAndAMissingOneSaidSo() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      SurveyTicket t = EngagementEvents.ticket(alice, team, null);
      String words = "nobody called me back ".repeat(15) + "THE-END";
      String long1 = events.publish(answered(UUID.randomUUID(), t, alice, 1, words, NOON, false));
      String none = events.publish(answered(UUID.randomUUID(), t, alice, 2, null, NOON, false));
      String body = one(Pipeline.await(long1, ds -> ds.size() >= 4), lena, "IN_APP").bodyText;
      assertThat(body).contains("'nobody called me back nobody").contains("…'");
      assertThat(body).doesNotContain("THE-END");
      assertThat(one(Pipeline.await(none, ds -> ds.size() >= 4), lena, "IN_APP").bodyText)
          .startsWith("Alice Martin rated " + t.key() + " 2/5, without a comment.");
    }
  }

  @Test
  void aPulseInvitationReachesTheMemberWithWhenItClosesInTheirZone() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      UUID pulse = UUID.randomUUID();
      String url = "https://rapport.example.com/pulse/" + pulse;
      String en =
          events.publish(new PulseInvited(pulse, 1, team, lena, "December pulse", CLOSES, url));
      String fr =
          events.publish(new PulseInvited(pulse, 1, team, louis, "December pulse", CLOSES, url));
      List<Delivery> made = awaitFor(en, lena);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena);
      Delivery inbox = one(made, lena, "IN_APP");
      assertThat(inbox.audience).isEqualTo(Audience.TEAM);
      assertThat(inbox.ticketId).isNull();
      assertThat(inbox.subject).isEqualTo("Your team's pulse survey: December pulse");
      assertThat(inbox.bodyText)
          .startsWith("How is work in the Network team going?")
          .contains("Your answers are anonymous")
          .contains("The survey closes at 17:00 on Tuesday 8 December.")
          .endsWith("Answer the survey: " + url);
      assertThat(one(made, lena, "EMAIL").bodyText).doesNotContain("View the ticket");
      assertThat(one(awaitFor(fr, louis), louis, "IN_APP").bodyText)
          .startsWith("Comment se passe le travail dans l'équipe Network ?")
          .contains("L'enquête se termine à 18:00 le mardi 8 décembre.")
          .endsWith("Répondre à l'enquête: " + url);
    }
  }

  @Test
  void anEngagementAlertReachesTheTeamsLeadsInTheirWords() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      String ce =
          events.publish(
              new EngagementAlert(
                  UUID.randomUUID(),
                  "TEAM",
                  team,
                  null,
                  null,
                  "csat",
                  4.0,
                  3.6,
                  "P14D",
                  "Requesters rated the Network team 3.6 on average over 14 days.",
                  NOON));
      List<Delivery> made = Pipeline.await(ce, ds -> ds.size() >= 4);
      assertThat(made).extracting(d -> d.recipient).containsOnly(lena, louis);
      assertThat(one(made, lena, "EMAIL").subject)
          .isEqualTo("Network team: Customer satisfaction (CSAT) at 3.6 over the last 14 days");
      assertThat(one(made, lena, "IN_APP").bodyText)
          .startsWith("Requesters rated the Network team 3.6 on average over 14 days.")
          .contains(
              "Customer satisfaction (CSAT): 3.6 over the last 14 days; the alert threshold is 4.");
      assertThat(one(made, louis, "IN_APP").subject)
          .isEqualTo("Équipe Network : Satisfaction client (CSAT) à 3,6 sur les 14 derniers jours");
    }
  }

  @Test
  void aRedeliveredEngagementEventMakesNoSecondMessage() {
    try (EngagementEvents events = new EngagementEvents(json)) {
      SurveyTicket t = EngagementEvents.ticket(alice, team, null);
      SurveyRequested survey = requested(t, alice, CLOSES);
      String asked = events.publish(survey);
      String low =
          events.publish(answered(survey.survey(), t, alice, 1, "no", NOON.plusSeconds(1), false));
      Pipeline.await(low, ds -> ds.size() >= 4);
      events.publish(survey, asked);
      events.publish(answered(survey.survey(), t, alice, 1, "no", NOON.plusSeconds(1), false), low);
      // Same ticket, same partition: once this is in, the redeliveries have been read.
      String next = events.publish(answered(UUID.randomUUID(), t, alice, 2, "late", NOON, false));
      Pipeline.await(next, ds -> ds.size() >= 4);
      assertThat(deliveries(asked)).hasSize(2);
      assertThat(deliveries(low)).hasSize(4);
    }
  }

  private SurveyTicket ticket(String requester) {
    return EngagementEvents.ticket(requester, team, agnes);
  }
}
