package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.create;
import static dev.rapport.skills.scim.ScimClient.createUser;
import static dev.rapport.skills.scim.ScimClient.hr;
import static dev.rapport.skills.scim.ScimClient.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.TopicReader.Event;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who is IT comes from the identity provider: SCIM roles on Users (as Okta and Entra ID send them),
 * or the groups that rapport.people.group-roles maps to roles; never from team membership alone.
 */
@QuarkusTest
@TestProfile(ScimRolesTest.GroupRoles.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class ScimRolesTest {
  private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
  static final String SERVICE_DESK = "Service Desk " + SUFFIX;
  static final String IT_LEADS = "IT Leads " + SUFFIX;

  /** Service Desk members are agents, IT Leads leads and agents; other groups give no role. */
  public static class GroupRoles implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rapport.people.group-roles",
          SERVICE_DESK + "=agent," + IT_LEADS + "=lead," + IT_LEADS + "=Agent");
    }
  }

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
  void oktaRolesAreKeptAsSentAndMappedWithoutRegardToCase() {
    String userName = unique("okta-agent");
    String id =
        create(
            """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName": "%s", "name": {"givenName": "Olu", "familyName": "Kta"},
             "emails": [{"primary": true, "value": "%1$s", "type": "work"}],
             "roles": [{"value": "Agent", "display": "Service desk agent", "type": "app",
                        "primary": true},
                       {"value": "approver", "display": "Change approver"}],
             "active": true}
            """
                .formatted(userName));

    hr().get("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("roles.value", contains("Agent", "approver"))
        .body("roles[0].display", equalTo("Service desk agent"))
        .body("roles[0].type", equalTo("app"))
        .body("roles[0].primary", equalTo(true));
    // approver is no Rapport role: kept as SCIM data, absent from the event.
    assertThat(roles(topic.await(id, 1).get(0))).containsExactly("agent");

    hr().queryParam("filter", "roles[value eq \"agent\"] and userName eq \"" + userName + "\"")
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(1))
        .body("Resources[0].id", equalTo(id));
    hr().queryParam("filter", "roles.value eq \"lead\" and userName eq \"" + userName + "\"")
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(0));
  }

  @Test
  void entraPatchesAddReplaceAndRemoveRolesAndEachChangeIsAnnounced() {
    String id = createUser(unique("entra-person"));
    assertThat(roles(topic.await(id, 1).get(0))).containsExactly("requester");

    patch(
        id,
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "Add", "path": "roles",
                         "value": [{"value": "agent", "primary": true}]}]}
        """);
    assertThat(roles(topic.await(id, 2).get(1))).containsExactly("agent");

    patch(
        id,
        """
        {"Operations": [{"op": "add", "path": "roles", "value": [{"value": "ADMIN"}]}]}
        """);
    assertThat(roles(topic.await(id, 3).get(2))).containsExactly("agent", "admin");

    patch(
        id,
        """
        {"Operations": [{"op": "remove", "path": "roles[value eq \\"agent\\"]"}]}
        """);
    assertThat(roles(topic.await(id, 4).get(3))).containsExactly("admin");

    patch(
        id,
        """
        {"Operations": [{"op": "Replace", "path": "roles", "value": [{"value": "lead"}]}]}
        """);
    assertThat(roles(topic.await(id, 5).get(4))).containsExactly("lead");

    patch(id, "{\"Operations\": [{\"op\": \"remove\", \"path\": \"roles\"}]}");
    assertThat(roles(topic.await(id, 6).get(5))).containsExactly("requester");
    hr().get("/scim/v2/Users/{id}", id).then().statusCode(200).body("roles", equalTo(null));

    // PUT replaces the roles with what it carries.
    String userName = hr().get("/scim/v2/Users/{id}", id).then().extract().path("userName");
    hr().body("{\"userName\": \"%s\", \"roles\": [{\"value\": \"agent\"}]}".formatted(userName))
        .put("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("roles.value", contains("agent"));
    assertThat(roles(topic.await(id, 7).get(6))).containsExactly("agent");
  }

  @Test
  void groupsGiveRolesOnlyWhenMappedAndMembershipChangesRepublishTheRoles() {
    String plain = createUser(unique("member-without-role"));
    String desk = createUser(unique("desk-agent"));
    String lead = createUser(unique("it-lead"));
    // A team that maps to no role: its members stay requesters.
    group(unique("Network Ops"), plain);
    assertThat(roles(topic.await(plain, 2).get(1))).containsExactly("requester");

    String deskGroup = group(SERVICE_DESK, desk, plain);
    assertThat(roles(topic.await(desk, 2).get(1))).containsExactly("agent");
    assertThat(roles(topic.await(plain, 3).get(2))).containsExactly("agent");

    group(IT_LEADS, lead);
    assertThat(roles(topic.await(lead, 2).get(1))).containsExactly("agent", "lead");

    // Leaving the mapped group takes the role away again.
    hr().body(
            """
            {"Operations": [{"op": "remove", "path": "members[value eq \\"%s\\"]"}]}
            """
                .formatted(plain))
        .patch("/scim/v2/Groups/{id}", deskGroup)
        .then()
        .statusCode(200);
    assertThat(roles(topic.await(plain, 4).get(3))).containsExactly("requester");

    // A rename away from the mapped name republishes every member with their new roles.
    hr().body(
            """
            {"Operations": [{"op": "replace", "path": "displayName", "value": "%s"}]}
            """
                .formatted(unique("Former Desk")))
        .patch("/scim/v2/Groups/{id}", deskGroup)
        .then()
        .statusCode(200);
    assertThat(roles(topic.await(desk, 3).get(2))).containsExactly("requester");

    // Explicit SCIM roles and group roles add up.
    patch(
        lead, "{\"Operations\": [{\"op\": \"add\", \"path\": \"roles\", \"value\": [\"admin\"]}]}");
    assertThat(roles(topic.await(lead, 3).get(2))).containsExactly("agent", "lead", "admin");
  }

  private static String group(String name, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String member : memberIds) {
      members.append(members.isEmpty() ? "" : ",").append("{\"value\": \"" + member + "\"}");
    }
    return hr().body("{\"displayName\": \"%s\", \"members\": [%s]}".formatted(name, members))
        .post("/scim/v2/Groups")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static List<String> roles(Event event) {
    assertThat(event.type()).isEqualTo("rapport.person.upserted.v1");
    JsonNode roles = event.data().at("/person/roles");
    return java.util.stream.StreamSupport.stream(roles.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }

  private static void patch(String id, String body) {
    hr().body(body).patch("/scim/v2/Users/{id}", id).then().statusCode(200);
  }
}
