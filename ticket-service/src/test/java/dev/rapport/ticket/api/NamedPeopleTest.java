package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.as;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.events.Topics;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import dev.rapport.ticket.domain.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People named on a ticket are checked against rapport.people.v1 (as skills-service announces them
 * from SCIM): unknown and deactivated people are refused, an assignee or an IT-level stakeholder
 * must be IT staff by their roles, each refusal a 422 naming the field; userNames compare without
 * regard to case.
 */
@QuarkusTest
@TestProfile(NamedPeopleTest.PeopleRequired.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class NamedPeopleTest {
  /** As in production: only known people may be named. */
  public static class PeopleRequired implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rapport.ticket.people.require-known", "true");
    }
  }

  private static final String PROBLEM = "application/problem+json";

  private static CloudEventWriter people;
  private static String agent;
  private static String requester;
  private static String other;
  private static String leaver;

  @BeforeAll
  static void provision() {
    ObjectMapper json =
        new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    people = TestEventWriters.people(json);
    agent = uniquePerson("agnes");
    requester = uniquePerson("rita");
    other = uniquePerson("otto");
    leaver = uniquePerson("lea");
    // As the identity provider spells them: case does not matter.
    publish(agent.toUpperCase(Locale.ROOT), List.of("agent"), true);
    publish(requester, List.of(), true);
    publish(other, List.of("requester"), true);
    UUID leaverId = publish(leaver, List.of("agent"), true);
    people.publish(
        new PersonDeactivated(
            TestPeople.person(leaverId, leaver).roles(List.of("agent")).active(false).snapshot(),
            false,
            "scim"));
    awaitPerson(agent, p -> p.isStaff());
    awaitPerson(requester, p -> !p.isStaff());
    awaitPerson(other, p -> true);
    awaitPerson(leaver, p -> !p.active);
  }

  @AfterAll
  static void close() {
    people.close();
  }

  @Test
  void anAssigneeMustBeItStaffByTheirRoles() {
    String id = openAs(requester);

    staff()
        .body(Map.of("assigneeId", other))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", containsString("not-it-staff"))
        .body("field", equalTo("assigneeId"))
        .body("detail", containsString(other));
    staff()
        .body(Map.of("assigneeId", uniquePerson("nobody")))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(422)
        .body("type", containsString("unknown-person"))
        .body("field", equalTo("assigneeId"));
    staff()
        .body(Map.of("assigneeId", leaver))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(422)
        .body("type", containsString("person-deactivated"));
    // Nothing was written by the refusals.
    staff().get("/api/v1/tickets/{id}", id).then().body("status", equalTo("NEW"));

    staff()
        .body(Map.of("assigneeId", agent.toUpperCase(Locale.ROOT)))
        .post("/api/v1/tickets/{id}/assignment", id)
        .then()
        .statusCode(200)
        .body("assignee", equalTo(agent))
        .body("status", equalTo("ASSIGNED"));
  }

  @Test
  void anItLevelStakeholderMustBeStaffWhileOtherLevelsNeedOnlyBeKnown() {
    String id = openAs(requester);

    staff()
        .body(Map.of("userName", other, "level", "IT"))
        .post("/api/v1/tickets/{id}/stakeholders", id)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", containsString("not-it-staff"))
        .body("field", equalTo("userName"));
    staff()
        .body(Map.of("userName", other, "level", "END_USER"))
        .post("/api/v1/tickets/{id}/stakeholders", id)
        .then()
        .statusCode(200);
    staff()
        .body(Map.of("userName", agent, "level", "IT"))
        .post("/api/v1/tickets/{id}/stakeholders", id)
        .then()
        .statusCode(200);
    staff()
        .body(Map.of("userName", uniquePerson("ghost"), "level", "END_USER"))
        .post("/api/v1/tickets/{id}/stakeholders", id)
        .then()
        .statusCode(422)
        .body("type", containsString("unknown-person"));

    // A business service's IT stakeholders likewise.
    Map<String, Object> service = new HashMap<>();
    service.put("name", "Payroll " + UUID.randomUUID());
    service.put(
        "stakeholders",
        List.of(
            Map.of("userName", agent, "level", "IT"), Map.of("userName", other, "level", "IT")));
    as("admin@example.com", "admin")
        .body(service)
        .post("/api/v1/services")
        .then()
        .statusCode(422)
        .body("field", equalTo("stakeholders[1].userName"));
  }

  @Test
  void unknownAndDeactivatedWatchersAndRequestersAreRefused() {
    Map<String, Object> body = Api.incident("Badge reader broken");
    body.put("watchers", List.of(other, uniquePerson("stranger")));
    as(requester, "requester")
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", containsString("unknown-person"))
        .body("field", equalTo("watchers[1]"));

    Map<String, Object> onBehalf = Api.incident("Laptop will not boot");
    onBehalf.put("requester", leaver);
    staff()
        .body(onBehalf)
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .body("type", containsString("person-deactivated"))
        .body("field", equalTo("requester"));
    onBehalf.put("requester", other.toUpperCase(Locale.ROOT));
    staff()
        .body(onBehalf)
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .body("requester", equalTo(other));

    String id = openAs(requester);
    as(requester, "requester")
        .body(Map.of("userName", leaver))
        .post("/api/v1/tickets/{id}/watchers", id)
        .then()
        .statusCode(422)
        .body("field", equalTo("userName"));
  }

  @Test
  void theRequesterFindsTheirTicketWhateverTheCaseOfTheirToken() {
    String mixed = requester.substring(0, 1).toUpperCase(Locale.ROOT) + requester.substring(1);
    String shouting = requester.toUpperCase(Locale.ROOT);
    String id =
        as(mixed, "requester")
            .body(Api.incident("VPN drops"))
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .body("requester", equalTo(requester))
            .extract()
            .path("id");

    as(shouting, "requester").get("/api/v1/tickets/{id}", id).then().statusCode(200);
    as(requester, "requester")
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    as(shouting, "requester")
        .body(Map.of("visibility", "PUBLIC", "body", "Still broken"))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
    // A watcher named in another case is the same watcher, and sees the ticket.
    as(mixed, "requester")
        .body(Map.of("userName", other.toUpperCase(Locale.ROOT)))
        .post("/api/v1/tickets/{id}/watchers", id)
        .then()
        .statusCode(200)
        .body("watchers", equalTo(List.of(other)));
    as(other, "requester").get("/api/v1/tickets/{id}", id).then().statusCode(200);
    staff()
        .queryParam("requester", shouting)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void aPoisonPeopleEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
    String dlq = Topics.deadLetter(Topics.PEOPLE, "ticket-service");
    try (TopicReader dead = new TopicReader(dlq)) {
      String key = UUID.randomUUID().toString();
      people.send(key, "{not json", UUID.randomUUID().toString(), PersonUpserted.TYPE);
      assertThat(dead.await(key, 1)).hasSize(1);
      String after = uniquePerson("after");
      publish(after, List.of("lead"), true);
      awaitPerson(after, Person::isStaff);
    }
  }

  private static RequestSpecification staff() {
    return as(agent, "agent");
  }

  private static String openAs(String who) {
    return as(who, "requester")
        .body(Api.incident("Printer jammed"))
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static UUID publish(String userName, List<String> roles, boolean active) {
    UUID id = UUID.randomUUID();
    people.publish(
        TestPeople.provisioned(
            TestPeople.person(id, userName).roles(roles).active(active).snapshot()));
    return id;
  }

  private static void awaitPerson(String userName, Predicate<Person> ready) {
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            Person.byUserName(userName.toLowerCase(Locale.ROOT))
                                .filter(ready)
                                .isPresent()));
  }
}
