package dev.rapport.notification.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.domain.Contact;
import dev.rapport.notification.domain.Delivery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Real people and ticket events on the test broker, and what the service made of them. */
public final class Pipeline implements AutoCloseable {
  private final CloudEventWriter people;
  private final CloudEventWriter tickets;

  public Pipeline(ObjectMapper json) {
    people = TestEventWriters.people(json);
    tickets = TestEventWriters.tickets(json);
  }

  /** A unique userName. */
  public static String unique(String prefix) {
    return TestCallers.userName(prefix);
  }

  /** A person as skills-service announces them, with no role but requester. */
  public static PersonSnapshot snapshot(
      UUID id,
      String userName,
      String displayName,
      String locale,
      String timezone,
      Instant updatedAt,
      TeamRef... teams) {
    return snapshot(id, userName, displayName, locale, timezone, updatedAt, List.of(), teams);
  }

  /** A person as skills-service announces them, with these Rapport roles. */
  public static PersonSnapshot snapshot(
      UUID id,
      String userName,
      String displayName,
      String locale,
      String timezone,
      Instant updatedAt,
      List<String> roles,
      TeamRef... teams) {
    return TestPeople.person(id, userName)
        .displayName(displayName)
        .locale(locale)
        .timezone(timezone)
        .teams(List.of(teams))
        .roles(roles)
        .updatedAt(updatedAt)
        .snapshot();
  }

  /**
   * Publishes a PersonUpserted of a requester (no staff role, whatever their teams) and waits until
   * the contact is there; answers the person id.
   */
  public UUID person(
      String userName, String displayName, String locale, String timezone, TeamRef... teams) {
    return person(userName, displayName, locale, timezone, List.of(), teams);
  }

  /** Publishes a PersonUpserted with these roles; waits for the contact; answers the person id. */
  public UUID person(
      String userName,
      String displayName,
      String locale,
      String timezone,
      List<String> roles,
      TeamRef... teams) {
    UUID id = UUID.randomUUID();
    people.publish(
        TestPeople.provisioned(
            snapshot(
                id,
                userName,
                displayName,
                locale,
                timezone,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                roles,
                teams)));
    Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> contact(userName) != null);
    return id;
  }

  public UUID person(String userName, TeamRef... teams) {
    return person(
        userName, userName.substring(0, userName.indexOf('-')), "en-GB", "Europe/London", teams);
  }

  /** An IT agent (role agent) in these teams. */
  public UUID agent(String userName, TeamRef... teams) {
    return person(
        userName,
        userName.substring(0, userName.indexOf('-')),
        "en-GB",
        "Europe/London",
        List.of(PersonSnapshot.AGENT),
        teams);
  }

  public void publishPerson(EventPayload event) {
    people.publish(event);
  }

  public void deactivate(PersonSnapshot person) {
    people.publish(new PersonDeactivated(person, false, "scim"));
  }

  public String publish(EventPayload event) {
    return tickets.publish(event);
  }

  public String publish(EventPayload event, String ceId) {
    return tickets.publish(event, ceId);
  }

  public static Contact contact(String userName) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Contact.findByUserName(userName).orElse(null));
  }

  /** Every delivery made of event {@code ceId}. */
  public static List<Delivery> deliveries(String ceId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Delivery.<Delivery>list("eventId = ?1 order by recipient, channel", ceId));
  }

  /** Every delivery to {@code userName}, oldest first. */
  public static List<Delivery> deliveriesTo(String userName) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Delivery.<Delivery>list(
                    "lower(recipient) = lower(?1) order by createdAt, id", userName));
  }

  /** Waits until the deliveries of {@code ceId} satisfy {@code done}; answers them. */
  public static List<Delivery> await(String ceId, Predicate<List<Delivery>> done) {
    Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> done.test(deliveries(ceId)));
    return deliveries(ceId);
  }

  /** Waits until {@code userName} has a delivery of {@code ceId}; answers all of that event's. */
  public static List<Delivery> awaitFor(String ceId, String userName) {
    return await(ceId, ds -> ds.stream().anyMatch(d -> d.recipient.equalsIgnoreCase(userName)));
  }

  public static List<Delivery> of(List<Delivery> deliveries, String userName) {
    return deliveries.stream().filter(d -> d.recipient.equalsIgnoreCase(userName)).toList();
  }

  public static Delivery one(List<Delivery> deliveries, String userName, String channel) {
    List<Delivery> found =
        deliveries.stream()
            .filter(d -> d.recipient.equalsIgnoreCase(userName) && d.channel.name().equals(channel))
            .toList();
    assertThat(found).as(channel + " to " + userName).hasSize(1);
    return found.get(0);
  }

  /** Sets {@code userName}'s preferences (JSON {@code body}) as they would themselves. */
  public static void preferences(String userName, String body) {
    given()
        .auth()
        .oauth2(RapportTestResource.token(userName, "requester"))
        .contentType("application/json")
        .body(body)
        .put("/api/v1/people/{u}/preferences", userName)
        .then()
        .statusCode(200);
  }

  /** {@code userName}'s inbox, as they read it. */
  public static JsonPath inbox(String userName) {
    return given()
        .auth()
        .oauth2(RapportTestResource.token(userName, "requester"))
        .get("/api/v1/inbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A ticket as ticket-service describes it in its events. */
  public static TicketSummary ticket(
      UUID id,
      String key,
      String title,
      String status,
      String priority,
      String requester,
      String assignee,
      String teamId,
      List<String> watchers,
      List<Stakeholder> stakeholders) {
    return TestTickets.ticket(id, key)
        .title(title)
        .status(status)
        .priority(priority)
        .impact("HIGH")
        .requester(requester)
        .assignee(assignee)
        .teamId(teamId)
        .watchers(watchers)
        .stakeholders(stakeholders)
        .summary();
  }

  @Override
  public void close() {
    people.close();
    tickets.close();
  }
}
