package dev.rapport.notification.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.notification.pipeline.Pipeline;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The whole way over real SMTP, as with ./rapport up: a survey from rapport.engagement.v1 reaches
 * the requester's mailbox with its five one-click links exactly as engagement-service signed them;
 * a rating of 2 reaches the mailbox of each of the team's leads, in their language, and nobody
 * else's; a redelivered event sends no second e-mail.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SurveyAndLowRatingByEmailTest {
  @Inject ObjectMapper json;

  @Test
  void theSurveyAndALowRatingReachTheRightMailboxesOnce() {
    MailCatcher mail = MailCatcherResource.mail();
    UUID teamId = UUID.randomUUID();
    TeamRef network = new TeamRef(teamId, "Network");
    String alice = Pipeline.unique("alice");
    String lena = Pipeline.unique("lena");
    String louis = Pipeline.unique("louis");
    String agnes = Pipeline.unique("agnes");
    try (Pipeline people = new Pipeline(json);
        CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      people.person(alice, "Alice Martin", "en-GB", "Europe/London");
      people.person(lena, "Lena", "en-GB", "Europe/London", List.of(PersonSnapshot.LEAD), network);
      people.person(louis, "Louis", "fr-FR", "Europe/Paris", List.of(PersonSnapshot.LEAD), network);
      people.agent(agnes, network);

      UUID ticketId = UUID.randomUUID();
      String key = "T-" + ticketId.toString().substring(0, 6);
      SurveyTicket ticket =
          new SurveyTicket(
              ticketId, key, "Printer jammed", "P3", teamId.toString(), agnes, null, null);
      UUID survey = UUID.randomUUID();
      List<RatingLink> links =
          IntStream.rangeClosed(1, 5)
              .mapToObj(r -> new RatingLink(r, "https://rapport.example.com/s/tok" + r + survey))
              .toList();
      SurveyRequested asked =
          new SurveyRequested(
              survey,
              ticket,
              alice,
              Instant.now().plus(7, ChronoUnit.DAYS),
              links,
              "https://rapport.example.com/s/page" + survey);
      String askedId = engagement.publish(asked);

      MailCatcher.Mail email = mail.awaitTo(alice, 1).get(0);
      assertThat(email.subject()).isEqualTo("How did we do on " + key + " 'Printer jammed'?");
      for (RatingLink link : links) {
        assertThat(email.text()).containsOnlyOnce(link.url());
        assertThat(email.html()).contains("href=\"" + link.url() + "\"");
      }
      assertThat(email.text())
          .contains("1 - Very dissatisfied: " + links.get(0).url())
          .contains("3 - Neither satisfied nor dissatisfied: " + links.get(2).url())
          .contains("5 - Very satisfied: " + links.get(4).url())
          .contains("Rate it and add a comment: https://rapport.example.com/s/page" + survey);

      SurveyAnswered low =
          new SurveyAnswered(
              survey, ticket, alice, 2, "nobody told me anything", Instant.now(), false);
      String lowId = engagement.publish(low);
      MailCatcher.Mail toLead = mail.awaitTo(lena, 1).get(0);
      assertThat(toLead.subject())
          .isEqualTo("[" + key + "] Alice Martin rated it 2/5: Printer jammed");
      assertThat(toLead.text())
          .contains("Alice Martin rated " + key + " 2/5: 'nobody told me anything'");
      assertThat(toLead.text())
          .containsPattern("View the ticket: https://notify\\.example\\.com/r/\\S+");
      MailCatcher.Mail toFrenchLead = mail.awaitTo(louis, 1).get(0);
      assertThat(toFrenchLead.text())
          .contains("Alice Martin a noté " + key + " 2/5 : « nobody told me anything »");

      // Redelivered, then a sentinel on the same ticket (same partition): once its e-mail is in,
      // the redeliveries have been read, and sent nothing.
      engagement.publish(asked, askedId);
      engagement.publish(low, lowId);
      engagement.publish(
          new SurveyAnswered(
              UUID.randomUUID(), ticket, alice, 1, "sentinel", Instant.now(), false));
      mail.awaitTo(lena, 2);
      assertThat(mail.messagesTo(alice)).hasSize(1);
      assertThat(mail.messagesTo(lena)).hasSize(2);
      assertThat(mail.messagesTo(agnes)).isEmpty();
      assertThat(Pipeline.deliveries(askedId)).hasSize(2); // e-mail and inbox
      assertThat(Pipeline.deliveries(lowId)).hasSize(4); // two leads, e-mail and inbox each
    }
  }
}
