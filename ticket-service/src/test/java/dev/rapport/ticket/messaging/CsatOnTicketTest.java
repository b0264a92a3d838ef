package dev.rapport.ticket.messaging;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.ticket.api.Api;
import dev.rapport.ticket.domain.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The requester's rating from rapport.engagement.v1 on the ticket (real broker and database): it
 * shows in the ticket (its comment to IT and the requester only), a revision replaces it, an older
 * answer arriving late does not, a redelivery changes nothing, an unknown ticket is skipped rather
 * than dead-lettered; recording it changes neither the ticket's version nor publishes a ticket
 * event, and the next ticket event carries it.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class CsatOnTicketTest {
  private static final Instant ANSWERED = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Inject ObjectMapper json;

  @Test
  void theRatingShowsOnTheTicketToWhoMayReadItAndTheNextEventCarriesIt() {
    String alice = Api.uniquePerson("alice");
    String bob = Api.uniquePerson("bob");
    try (TopicReader tickets = new TopicReader(Topics.TICKETS);
        CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      String id = Api.open(alice);
      requester(alice)
          .body(Map.of("userName", bob))
          .post("/api/v1/tickets/{id}/watchers", id)
          .then()
          .statusCode(200);
      ExtractableResponse<Response> before = read(alice, id);
      assertThat(before.jsonPath().getMap("$")).containsEntry("csat", null);
      UUID survey = UUID.randomUUID();

      engagement.publish(answer(survey, id, 2, "nobody told me anything", ANSWERED, false));
      ExtractableResponse<Response> mine = awaitRating(alice, id, 2);
      assertThat(mine.path("csat.comment").toString()).isEqualTo("nobody told me anything");
      assertThat(Instant.parse(mine.path("csat.answeredAt"))).isEqualTo(ANSWERED);
      // engagement's news, not a change of the ticket: same version, same ETag, same updatedAt
      assertThat(mine.header("ETag")).isEqualTo(before.header("ETag"));
      assertThat(mine.path("version").toString()).isEqualTo(before.path("version").toString());
      assertThat(mine.path("updatedAt").toString()).isEqualTo(before.path("updatedAt").toString());

      ExtractableResponse<Response> staff = read(agent(), id);
      assertThat(staff.path("csat.comment").toString()).isEqualTo("nobody told me anything");
      ExtractableResponse<Response> watcher = read(bob, id);
      assertThat(watcher.path("csat.rating").toString()).isEqualTo("2");
      assertThat(watcher.jsonPath().getMap("csat")).containsEntry("comment", null);
      requester(Api.uniquePerson("eve")).get("/api/v1/tickets/{id}", id).then().statusCode(404);

      // No ticket event for it; the next one (a public update) carries it, without the comment.
      agent()
          .body(Map.of("visibility", "PUBLIC", "body", "Sorry; calling you now"))
          .post("/api/v1/tickets/{id}/updates", id)
          .then()
          .statusCode(201);
      List<TopicReader.Event> events =
          tickets.await(
              id,
              seen ->
                  seen.stream().anyMatch(e -> e.type().equals("rapport.ticket.update-posted.v1")));
      assertThat(events)
          .extracting(TopicReader.Event::type)
          .containsExactly(
              "rapport.ticket.opened.v1",
              "rapport.ticket.stakeholder-added.v1",
              "rapport.ticket.update-posted.v1");
      assertThat(events.get(0).data().path("ticket").path("csat").isNull()).isTrue();
      JsonNode csat = events.get(2).data().path("ticket").path("csat");
      assertThat(csat.path("survey").asText()).isEqualTo(survey.toString());
      assertThat(csat.path("rating").asInt()).isEqualTo(2);
      assertThat(Instant.parse(csat.path("answeredAt").asText())).isEqualTo(ANSWERED);
      assertThat(csat.has("comment")).isFalse();
    }
  }

  @Test
  void aRevisionReplacesTheRatingAndAnOlderAnswerOrARedeliveryChangesNothing() {
    String alice = Api.uniquePerson("alice");
    try (CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      String id = Api.open(alice);
      UUID survey = UUID.randomUUID();
      SurveyAnswered first = answer(survey, id, 2, "slow", ANSWERED, false);
      String firstId = engagement.publish(first);
      awaitRating(alice, id, 2);

      engagement.publish(
          answer(survey, id, 4, "they called back", ANSWERED.plusSeconds(600), true));
      ExtractableResponse<Response> revised = awaitRating(alice, id, 4);
      assertThat(revised.path("csat.comment").toString()).isEqualTo("they called back");

      String stale =
          engagement.publish(answer(survey, id, 1, "late copy", ANSWERED.plusSeconds(300), true));
      String redelivered = engagement.publish(first, firstId);
      awaitApplied(stale);
      awaitApplied(redelivered);
      ExtractableResponse<Response> after = read(alice, id);
      assertThat(after.path("csat.rating").toString()).isEqualTo("4");
      assertThat(after.path("csat.comment").toString()).isEqualTo("they called back");
    }
  }

  @Test
  void anAnswerAboutATicketNotKnownHereIsSkippedNotDeadLettered() {
    try (CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      String unknown =
          engagement.publish(
              answer(UUID.randomUUID(), UUID.randomUUID().toString(), 5, null, ANSWERED, false));
      // Applied (its ce_id recorded with its effect, none): a dead-lettered event is not.
      awaitApplied(unknown);
    }
  }

  private static SurveyAnswered answer(
      UUID survey, String ticketId, int rating, String comment, Instant at, boolean revised) {
    SurveyTicket ticket =
        new SurveyTicket(
            UUID.fromString(ticketId),
            "T-0",
            "Printer on floor 3 is jammed",
            "P2",
            null,
            null,
            null,
            null);
    return new SurveyAnswered(survey, ticket, "whoever", rating, comment, at, revised);
  }

  private static ExtractableResponse<Response> awaitRating(String who, String id, int rating) {
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () -> {
              Object shown = read(who, id).path("csat.rating");
              return String.valueOf(rating).equals(String.valueOf(shown));
            });
    return read(who, id);
  }

  private static ExtractableResponse<Response> read(String who, String id) {
    return read(requester(who), id);
  }

  private static ExtractableResponse<Response> read(
      io.restassured.specification.RequestSpecification as, String id) {
    return as.get("/api/v1/tickets/{id}", id).then().statusCode(200).extract();
  }

  /** Waits until ticket-service's engagement consumer has applied event {@code ceId}. */
  private static void awaitApplied(String ceId) {
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                        .call(
                            () ->
                                ((Number)
                                        Ticket.getEntityManager()
                                            .createNativeQuery(
                                                "select count(*) from processed_events"
                                                    + " where consumer = ?1 and event_id = ?2")
                                            .setParameter(1, "ticket-service:engagement")
                                            .setParameter(2, ceId)
                                            .getSingleResult())
                                    .longValue())
                    == 1);
  }
}
