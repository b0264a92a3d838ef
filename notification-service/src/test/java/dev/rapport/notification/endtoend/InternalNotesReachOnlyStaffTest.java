package dev.rapport.notification.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.pipeline.Pipeline;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Who is IT is the person's roles, not where a ticket places them: a requester-role person made an
 * IT-level stakeholder and a member of the ticket's team gets no internal work note, in the inbox
 * or by e-mail, and reads other news in business words; an agent in the same places gets both with
 * the detail.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class InternalNotesReachOnlyStaffTest {
  private static final String NOTE = "Root cause: the core switch firmware, rollback tonight.";

  @Inject ObjectMapper json;

  @Test
  void aRequesterPlacedAsItAndInTheTeamGetsNoInternalNoteAndBusinessWords() {
    MailCatcher mail = MailCatcherResource.mail();
    try (Pipeline p = new Pipeline(json)) {
      UUID team = UUID.randomUUID();
      TeamRef network = new TeamRef(team, "Network");
      String requester = Pipeline.unique("rita");
      String placed = Pipeline.unique("paula"); // requester role, placed as IT and in the team
      String agent = Pipeline.unique("agnes");
      p.person(requester);
      p.person(placed, network);
      p.agent(agent, network);
      TicketSummary ticket =
          Pipeline.ticket(
              UUID.randomUUID(),
              "T-" + (1000 + new java.util.Random().nextInt(9000)),
              "Core switch flapping",
              "NEW",
              "P2",
              requester,
              null,
              team.toString(),
              List.of(),
              List.of(new Stakeholder(placed, "IT"), new Stakeholder(agent, "IT")));

      String note =
          p.publish(
              new TicketUpdatePosted(
                  ticket, "lead@example.com", UUID.randomUUID(), "INTERNAL", NOTE, false));

      // The agent: inbox and e-mail, with the note.
      List<Delivery> made = Pipeline.awaitFor(note, agent);
      assertThat(Pipeline.one(made, agent, "EMAIL").bodyText).contains(NOTE);
      assertThat(mail.awaitTo(agent, 1).get(0).text()).contains(NOTE);
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .untilAsserted(() -> assertThat(inbox(agent, "agent").getList("items")).hasSize(1));
      assertThat(inbox(agent, "agent").getString("items[0].body")).contains(NOTE);
      // userNames compare without regard to case: the token's spelling finds the same inbox.
      assertThat(inbox(agent.toUpperCase(Locale.ROOT), "agent").getString("items[0].body"))
          .contains(NOTE);
      given()
          .auth()
          .oauth2(RapportTestResource.token(agent.toUpperCase(Locale.ROOT), "agent"))
          .get("/api/v1/people/{userName}/preferences", agent)
          .then()
          .statusCode(200);
      // The requester-role person: nothing at all, though IT-level stakeholder and team member.
      assertThat(Pipeline.of(made, placed)).isEmpty();
      assertThat(Pipeline.of(made, requester)).isEmpty();
      assertThat(inbox(placed, "requester").getList("items")).isEmpty();
      assertThat(mail.messagesTo(placed)).isEmpty();

      // News they may hear: the team hears of an opening, in business words for the requester-role
      // member and with the detail for the agent.
      String opened = p.publish(new TicketOpened(ticket, requester, "It flaps every hour"));
      made = Pipeline.awaitFor(opened, placed);
      made = Pipeline.awaitFor(opened, agent);
      Delivery business = Pipeline.one(made, placed, "EMAIL");
      assertThat(business.subject + business.bodyText)
          .doesNotContainPattern("\\bP2\\b")
          .doesNotContain("Status:    NEW")
          .contains("Core switch flapping");
      Delivery it = Pipeline.one(made, agent, "EMAIL");
      assertThat(it.subject).contains(ticket.key()).contains("P2");
      assertThat(it.bodyText).contains("Priority:  P2").contains("Status:    NEW");
      // The note never reached the requester-role person's mailbox meanwhile either.
      assertThat(mail.awaitTo(placed, 1)).noneMatch(m -> m.text().contains(NOTE));
    }
  }

  private static JsonPath inbox(String userName, String role) {
    return given()
        .auth()
        .oauth2(RapportTestResource.token(userName, role))
        .get("/api/v1/inbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
