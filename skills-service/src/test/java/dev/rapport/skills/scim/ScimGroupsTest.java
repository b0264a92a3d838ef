package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.SCIM_JSON;
import static dev.rapport.skills.scim.ScimClient.createUser;
import static dev.rapport.skills.scim.ScimClient.hr;
import static dev.rapport.skills.scim.ScimClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SCIM Groups (teams) with members, as Okta and Entra ID push them. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class ScimGroupsTest {

  private static String createGroup(String name, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String id : memberIds) {
      members
          .append(members.isEmpty() ? "" : ",")
          .append("{\"value\": \"")
          .append(id)
          .append("\"}");
    }
    return hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
             "displayName": "%s", "externalId": "%s", "members": [%s]}
            """
                .formatted(name, UUID.randomUUID(), members))
        .post("/scim/v2/Groups")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void createGetAndUsersShowTheirGroups() {
    String ann = createUser(unique("ann"));
    String name = unique("Service Desk");
    String id = createGroup(name, ann);
    hr().get("/scim/v2/Groups/{id}", id)
        .then()
        .statusCode(200)
        .contentType(startsWith(SCIM_JSON))
        .header("ETag", startsWith("W/\""))
        .body("displayName", equalTo(name))
        .body("members.value", contains(ann))
        .body("members[0].display", equalTo("Test Person"))
        .body("members[0].$ref", endsWith("/scim/v2/Users/" + ann))
        .body("meta.resourceType", equalTo("Group"))
        .body("meta.location", endsWith("/scim/v2/Groups/" + id));
    hr().get("/scim/v2/Users/{id}", ann)
        .then()
        .body("groups.value", contains(id))
        .body("groups[0].display", equalTo(name));
    // Entra ID reads groups without their members.
    hr().queryParam("excludedAttributes", "members")
        .get("/scim/v2/Groups/{id}", id)
        .then()
        .body("displayName", equalTo(name))
        .body("members", nullValue());
  }

  @Test
  void entraPatchAddsAndRemovesMembers() {
    String a = createUser(unique("a"));
    String b = createUser(unique("b"));
    String c = createUser(unique("c"));
    String id = createGroup(unique("Network"), a);
    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "Add", "path": "members",
                             "value": [{"value": "%s"}, {"value": "%s"}]}]}
            """
                .formatted(b, c))
        .patch("/scim/v2/Groups/{id}", id)
        .then()
        .statusCode(200);
    hr().get("/scim/v2/Groups/{id}", id).then().body("members.value", containsInAnyOrder(a, b, c));

    // Entra ID removes with a value array.
    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "Remove", "path": "members", "value": [{"value": "%s"}]}]}
            """
                .formatted(a))
        .patch("/scim/v2/Groups/{id}", id)
        .then()
        .statusCode(200);
    // Okta removes with a value filter, and renames without a path.
    String renamed = unique("Networking");
    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "remove", "path": "members[value eq \\"%s\\"]"},
                            {"op": "replace", "value": {"id": "%s", "displayName": "%s"}}]}
            """
                .formatted(b, id, renamed))
        .patch("/scim/v2/Groups/{id}", id)
        .then()
        .statusCode(200)
        .body("displayName", equalTo(renamed))
        .body("members.value", contains(c));

    // Is c a member? Entra ID asks with a filter.
    hr().queryParam("filter", "id eq \"" + id + "\" and members[value eq \"" + c + "\"]")
        .queryParam("excludedAttributes", "members")
        .get("/scim/v2/Groups")
        .then()
        .body("totalResults", equalTo(1))
        .body("Resources[0].members", nullValue());
    hr().queryParam("filter", "id eq \"" + id + "\" and members[value eq \"" + a + "\"]")
        .get("/scim/v2/Groups")
        .then()
        .body("totalResults", equalTo(0));
  }

  @Test
  void putReplacesMembersAndDeleteRemovesTheTeam() {
    String a = createUser(unique("pa"));
    String b = createUser(unique("pb"));
    String name = unique("Storage");
    String id = createGroup(name, a);
    hr().body("{\"displayName\": \"%s\", \"members\": [{\"value\": \"%s\"}]}".formatted(name, b))
        .put("/scim/v2/Groups/{id}", id)
        .then()
        .statusCode(200)
        .body("members.value", contains(b))
        .body("externalId", nullValue());
    hr().delete("/scim/v2/Groups/{id}", id).then().statusCode(204);
    hr().get("/scim/v2/Groups/{id}", id).then().statusCode(404).body("status", equalTo("404"));
    hr().get("/scim/v2/Users/{id}", b).then().statusCode(200).body("groups", nullValue());
  }

  @Test
  void filterAndPagingOfGroups() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    createGroup("Alpha " + tag);
    createGroup("Beta " + tag);
    createGroup("Gamma " + tag);
    hr().queryParam("filter", "displayName eq \"beta " + tag + "\"")
        .get("/scim/v2/Groups")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(1))
        .body("Resources[0].displayName", equalTo("Beta " + tag));
    hr().queryParam("filter", "displayName co \"" + tag + "\"")
        .queryParam("startIndex", 2)
        .queryParam("count", 1)
        .get("/scim/v2/Groups")
        .then()
        .body("totalResults", equalTo(3))
        .body("itemsPerPage", equalTo(1))
        .body("Resources.displayName", contains("Beta " + tag));
    hr().queryParam("filter", "externalId eq \"" + UUID.randomUUID() + "\"")
        .get("/scim/v2/Groups")
        .then()
        .body("totalResults", equalTo(0))
        .body("Resources", empty());
  }

  @Test
  void groupErrors() {
    String name = unique("Unique Team");
    createGroup(name);
    hr().body("{\"displayName\": \"%s\"}".formatted(name.toUpperCase()))
        .post("/scim/v2/Groups")
        .then()
        .statusCode(409)
        .body("scimType", equalTo("uniqueness"));
    // Without the required displayName, on purpose.
    hr().filter(ContractValidation.invalidRequestOnPurpose())
        .body("{\"members\": []}")
        .post("/scim/v2/Groups")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidValue"))
        .body("detail", equalTo("displayName is required"));
    String stranger = UUID.randomUUID().toString();
    hr().body(
            "{\"displayName\": \"%s\", \"members\": [{\"value\": \"%s\"}]}"
                .formatted(unique("Ghosts"), stranger))
        .post("/scim/v2/Groups")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidValue"))
        .body(
            "detail", startsWith("member '" + stranger + "' is not the id of a provisioned User"));
  }
}
