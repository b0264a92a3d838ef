package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.create;
import static dev.rapport.skills.scim.ScimClient.createUser;
import static dev.rapport.skills.scim.ScimClient.hr;
import static dev.rapport.skills.scim.ScimClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.TopicReader.Event;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each provisioning operation announces on rapport.people.v1, as a consumer reads it. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class PeopleEventsTest {
  private static final String UPSERTED = "rapport.person.upserted.v1";
  private static final String DEACTIVATED = "rapport.person.deactivated.v1";
  private static final String TEAM_CHANGED = "rapport.team.changed.v1";
  private static final String DEACTIVATE =
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
       "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}
      """;

  private static TopicReader topic;

  @BeforeAll
  static void subscribe() {
    topic = new TopicReader(Topics.PEOPLE);
  }

  @AfterAll
  static void close() {
    topic.close();
  }

  @Test
  void createChangeDeactivateReactivateAndDelete() {
    String managerName = unique("events-boss");
    String managerId = createUser(managerName);
    String userName = unique("events-person");
    String id =
        create(
            """
            {"userName": "%s", "name": {"formatted": "Eve Vent", "givenName": "Eve"},
             "emails": [{"value": "other@example.com"}, {"value": "eve@example.com",
                         "primary": true}],
             "ims": [{"value": "@eve"}], "locale": "fr-FR", "timezone": "Europe/Paris",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
               "department": "Ops", "manager": {"value": "%s"}}}
            """
                .formatted(userName, managerId));

    Event created = topic.await(id, 1).get(0);
    assertThat(created.type()).isEqualTo(UPSERTED);
    assertThat(created.headers().get("ce_source")).isEqualTo("/rapport/skills-service");
    assertThat(created.data().get("actor").asText()).isEqualTo(ScimClient.ACTOR);
    var person = created.data().get("person");
    assertThat(person.get("id").asText()).isEqualTo(id);
    assertThat(person.get("userName").asText()).isEqualTo(userName);
    assertThat(person.get("displayName").asText()).isEqualTo("Eve Vent"); // formatted name
    assertThat(person.get("email").asText()).isEqualTo("eve@example.com"); // the primary one
    assertThat(person.get("chatHandle").asText()).isEqualTo("@eve"); // the first one
    assertThat(person.get("locale").asText()).isEqualTo("fr-FR");
    assertThat(person.get("timezone").asText()).isEqualTo("Europe/Paris");
    assertThat(person.get("department").asText()).isEqualTo("Ops");
    assertThat(person.get("managerId").asText()).isEqualTo(managerId);
    assertThat(person.get("managerUserName").asText()).isEqualTo(managerName);
    assertThat(person.get("active").asBoolean()).isTrue();
    assertThat(person.get("teams")).isEmpty();

    // A PATCH that changes nothing announces nothing; one that does, an upsert.
    patch(
        id,
        "{\"Operations\": [{\"op\": \"replace\", \"path\": \"locale\", \"value\": \"fr-FR\"}]}");
    patch(
        id, "{\"Operations\": [{\"op\": \"replace\", \"path\": \"title\", \"value\": \"Chef\"}]}");
    List<Event> events = topic.await(id, 2);
    assertThat(events.get(1).type()).isEqualTo(UPSERTED);
    assertThat(events.get(1).data().at("/person/title").asText()).isEqualTo("Chef");

    patch(id, DEACTIVATE);
    events = topic.await(id, 3);
    assertThat(events.get(2).type()).isEqualTo(DEACTIVATED);
    assertThat(events.get(2).data().get("deleted").asBoolean()).isFalse();
    assertThat(events.get(2).data().at("/person/active").asBoolean()).isFalse();

    patch(id, "{\"Operations\": [{\"op\": \"replace\", \"value\": {\"active\": \"True\"}}]}");
    events = topic.await(id, 4);
    assertThat(events.get(3).type()).isEqualTo(UPSERTED);
    assertThat(events.get(3).data().at("/person/active").asBoolean()).isTrue();

    // Deleting the manager: the manager's deletion, and the report loses their manager.
    hr().delete("/scim/v2/Users/{id}", managerId).then().statusCode(204);
    Event deleted = topic.await(managerId, 2).get(1);
    assertThat(deleted.type()).isEqualTo(DEACTIVATED);
    assertThat(deleted.data().get("deleted").asBoolean()).isTrue();
    assertThat(deleted.data().at("/person/active").asBoolean()).isFalse();
    assertThat(deleted.data().at("/person/userName").asText()).isEqualTo(managerName);
    events = topic.await(id, 5);
    assertThat(events.get(4).type()).isEqualTo(UPSERTED);
    assertThat(events.get(4).data().at("/person/managerId").isNull()).isTrue();
  }

  @Test
  void teamsAnnounceTheirChangesAndTheMembersWhoJoinedOrLeft() {
    String annName = unique("events-ann");
    String bobName = unique("events-bob");
    String ann = createUser(annName);
    String bob = createUser(bobName);
    String name = unique("Events Team");
    String team =
        hr().body(
                "{\"displayName\": \"%s\", \"members\": [{\"value\": \"%s\"}]}"
                    .formatted(name, ann))
            .post("/scim/v2/Groups")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Event created = topic.await(team, 1).get(0);
    assertThat(created.type()).isEqualTo(TEAM_CHANGED);
    assertThat(created.data().get("change").asText()).isEqualTo("CREATED");
    assertThat(created.data().get("name").asText()).isEqualTo(name);
    assertThat(created.data().at("/members/0/personId").asText()).isEqualTo(ann);
    assertThat(created.data().get("joined")).extracting(n -> n.asText()).containsExactly(annName);
    Event annJoined = topic.await(ann, 2).get(1);
    assertThat(annJoined.type()).isEqualTo(UPSERTED);
    assertThat(annJoined.data().at("/person/teams/0/id").asText()).isEqualTo(team);
    assertThat(annJoined.data().at("/person/teams/0/name").asText()).isEqualTo(name);

    hr().body(
            """
            {"Operations": [{"op": "add", "path": "members", "value": [{"value": "%s"}]},
                            {"op": "remove", "path": "members[value eq \\"%s\\"]"}]}
            """
                .formatted(bob, ann))
        .patch("/scim/v2/Groups/{id}", team)
        .then()
        .statusCode(200);
    Event updated = topic.await(team, 2).get(1);
    assertThat(updated.data().get("change").asText()).isEqualTo("UPDATED");
    assertThat(updated.data().get("joined")).extracting(n -> n.asText()).containsExactly(bobName);
    assertThat(updated.data().get("left")).extracting(n -> n.asText()).containsExactly(annName);
    assertThat(updated.data().get("members"))
        .extracting(n -> n.get("userName").asText())
        .containsExactly(bobName);
    assertThat(topic.await(ann, 3).get(2).data().at("/person/teams")).isEmpty();
    assertThat(topic.await(bob, 2).get(1).data().at("/person/teams/0/id").asText()).isEqualTo(team);

    hr().delete("/scim/v2/Groups/{id}", team).then().statusCode(204);
    Event deleted = topic.await(team, 3).get(2);
    assertThat(deleted.data().get("change").asText()).isEqualTo("DELETED");
    assertThat(deleted.data().get("members")).isEmpty();
    assertThat(deleted.data().get("left")).extracting(n -> n.asText()).containsExactly(bobName);
    assertThat(topic.await(bob, 3).get(2).data().at("/person/teams")).isEmpty();
  }

  @Test
  void deletingAMemberIsAnnouncedOnTheirTeam() {
    String userName = unique("events-quitter");
    String id = createUser(userName);
    String team =
        hr().body(
                "{\"displayName\": \"%s\", \"members\": [{\"value\": \"%s\"}]}"
                    .formatted(unique("Quitters"), id))
            .post("/scim/v2/Groups")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    hr().delete("/scim/v2/Users/{id}", id).then().statusCode(204);
    Event left = topic.await(team, 2).get(1);
    assertThat(left.data().get("change").asText()).isEqualTo("UPDATED");
    assertThat(left.data().get("left")).extracting(n -> n.asText()).containsExactly(userName);
    assertThat(left.data().get("members")).isEmpty();
    Event deleted =
        topic.await(id, e -> e.stream().anyMatch(x -> x.type().equals(DEACTIVATED))).stream()
            .filter(x -> x.type().equals(DEACTIVATED))
            .findFirst()
            .orElseThrow();
    assertThat(deleted.data().at("/person/teams/0/id").asText()).isEqualTo(team);
  }

  private static void patch(String id, String body) {
    hr().body(body).patch("/scim/v2/Users/{id}", id).then().statusCode(200);
  }
}
