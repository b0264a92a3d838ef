package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.SCIM_JSON;
import static dev.rapport.skills.scim.ScimClient.create;
import static dev.rapport.skills.scim.ScimClient.createUser;
import static dev.rapport.skills.scim.ScimClient.hr;
import static dev.rapport.skills.scim.ScimClient.oktaUser;
import static dev.rapport.skills.scim.ScimClient.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SCIM Users as Okta and Entra ID provision them: create, read, search, replace, patch, delete. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class ScimUsersTest {

  @Test
  void oktaCreateIsReadBackWithMetaAndWithoutPassword() {
    String userName = unique("Ada.Lovelace");
    ValidatableResponse created =
        hr().body(oktaUser(userName, "Ada", "Lovelace"))
            .post("/scim/v2/Users")
            .then()
            .statusCode(201)
            .contentType(startsWith(SCIM_JSON))
            .header("ETag", startsWith("W/\""))
            .body("userName", equalTo(userName))
            .body("name.givenName", equalTo("Ada"))
            .body("emails[0].value", equalTo(userName))
            .body("emails[0].primary", equalTo(true))
            .body("active", equalTo(true))
            .body("password", nullValue())
            .body("meta.resourceType", equalTo("User"))
            .body("meta.version", startsWith("W/\""));
    String id = created.extract().path("id");
    created
        .header("Location", endsWith("/scim/v2/Users/" + id))
        .body("meta.location", endsWith("/scim/v2/Users/" + id));

    hr().get("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .contentType(startsWith(SCIM_JSON))
        .body("id", equalTo(id))
        .body("displayName", equalTo("Ada Lovelace"))
        .body("locale", equalTo("en-US"))
        .body("schemas", contains("urn:ietf:params:scim:schemas:core:2.0:User"));
  }

  @Test
  void entraCreateWithEnterpriseExtensionAndManager() {
    String managerName = unique("boss");
    String managerId = createUser(managerName);
    String userName = unique("Grace.Hopper");
    String id =
        create(
            """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
              "externalId": "%s",
              "userName": "%s",
              "active": true,
              "displayName": "Grace Hopper",
              "title": "Rear Admiral",
              "emails": [{"primary": true, "type": "work", "value": "grace@example.com"}],
              "ims": [{"type": "teams", "value": "@grace", "primary": "True"}],
              "phoneNumbers": [{"type": "mobile", "value": "+44 7700 900123"}],
              "addresses": [{"type": "work", "locality": "Arlington", "country": "US"}],
              "meta": {"resourceType": "User"},
              "name": {"formatted": "Grace B. Hopper", "familyName": "Hopper",
                       "givenName": "Grace", "middleName": "Brewster"},
              "locale": "en-GB",
              "timezone": "Europe/London",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": "1906", "department": "Navy", "costCenter": "CC-1",
                "manager": {"value": "%s"}
              }
            }
            """
                .formatted(UUID.randomUUID(), userName, managerId));

    hr().get("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Rear Admiral"))
        .body("ims[0].primary", equalTo(true))
        .body("phoneNumbers[0].value", equalTo("+44 7700 900123"))
        .body("addresses[0].locality", equalTo("Arlington"))
        .body("name.middleName", equalTo("Brewster"))
        .body("timezone", equalTo("Europe/London"))
        .body("schemas", hasItem("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.department",
            equalTo("Navy"))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.costCenter",
            equalTo("CC-1"))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.manager.value",
            equalTo(managerId))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.manager.$ref",
            endsWith("/scim/v2/Users/" + managerId))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.manager.displayName",
            equalTo("Test Person"));
  }

  @Test
  void entraPatchReplaceActiveFalseDeactivatesAndTrueReactivates() {
    String id = createUser(unique("leaver"));
    String deactivate =
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}
        """;
    hr().body(deactivate)
        .patch("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    hr().get("/scim/v2/Users/{id}", id).then().body("active", equalTo(false));

    // Okta reactivates with a path-less replace.
    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "value": {"active": true}}]}
            """)
        .patch("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("active", equalTo(true));
  }

  @Test
  void entraPatchOfAttributesWithValueFilterAndExtensionPaths() {
    String managerId = createUser(unique("manager"));
    String id = createUser(unique("patched"));
    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [
               {"op": "Add", "path": "title", "value": "Engineer"},
               {"op": "Replace", "path": "emails[type eq \\"work\\"].value",
                "value": "new.address@example.com"},
               {"op": "Add", "path": "phoneNumbers[type eq \\"mobile\\"].value",
                "value": "+1 555 0100"},
               {"op": "Replace", "path": "name.familyName", "value": "Renamed"},
               {"op": "Add",
                "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                "value": "Platform"},
               {"op": "Add",
                "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                "value": "%s"},
               {"op": "replace", "value": {"displayName": "Pat Ched", "name.givenName": "Pat"}}
             ]}
            """
                .formatted(managerId))
        .patch("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Engineer"))
        .body("emails.value", contains("new.address@example.com"))
        .body("phoneNumbers[0].type", equalTo("mobile"))
        .body("phoneNumbers[0].value", equalTo("+1 555 0100"))
        .body("name.familyName", equalTo("Renamed"))
        .body("name.givenName", equalTo("Pat"))
        .body("displayName", equalTo("Pat Ched"))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.department",
            equalTo("Platform"))
        .body(
            "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.manager.value",
            equalTo(managerId));

    hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [
               {"op": "Remove", "path": "title"},
               {"op": "remove",
                "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}
             ]}
            """)
        .patch("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .body("title", nullValue())
        .body("'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.manager", nullValue());
  }

  @Test
  void putReplacesEverythingSoDroppedAttributesAreGone() {
    String userName = unique("replaced");
    String id =
        create(
            """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName": "%s", "title": "Analyst", "nickName": "Rep",
             "phoneNumbers": [{"type": "work", "value": "+1 555 0199"}],
             "name": {"givenName": "Re", "familyName": "Placed"}}
            """
                .formatted(userName));
    String version = hr().get("/scim/v2/Users/{id}", id).then().extract().header("ETag");

    hr().header("If-Match", version)
        .body(
            """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName": "%s", "name": {"givenName": "Re"}}
            """
                .formatted(userName.toUpperCase()))
        .put("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(version)))
        .body("userName", equalTo(userName.toUpperCase()))
        .body("title", nullValue())
        .body("nickName", nullValue())
        .body("phoneNumbers", nullValue())
        .body("name.familyName", nullValue())
        .body("active", equalTo(true));

    // The old version is stale now.
    hr().header("If-Match", version)
        .body("{\"userName\": \"%s\"}".formatted(userName))
        .put("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(412)
        .contentType(startsWith(SCIM_JSON))
        .body("status", equalTo("412"));
  }

  @Test
  void deleteRemovesThePerson() {
    String userName = unique("gone");
    String id = createUser(userName);
    hr().delete("/scim/v2/Users/{id}", id).then().statusCode(204);
    hr().get("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(404)
        .contentType(startsWith(SCIM_JSON))
        .body("status", equalTo("404"));
    hr().queryParam("filter", "userName eq \"" + userName + "\"")
        .get("/scim/v2/Users")
        .then()
        .body("totalResults", equalTo(0));
    hr().delete("/scim/v2/Users/{id}", id).then().statusCode(404);
  }

  @Test
  void userNameIsUniqueWithoutRegardToCase() {
    String userName = unique("twice");
    createUser(userName);
    hr().body(oktaUser(userName.toUpperCase(), "Other", "One"))
        .post("/scim/v2/Users")
        .then()
        .statusCode(409)
        .contentType(startsWith(SCIM_JSON))
        .body("schemas", contains("urn:ietf:params:scim:api:messages:2.0:Error"))
        .body("status", equalTo("409"))
        .body("scimType", equalTo("uniqueness"))
        .body(
            "detail", equalTo("userName '" + userName.toUpperCase() + "' is already provisioned"));
  }

  @Test
  void badInputIsInvalidValue() {
    // Without the required userName, on purpose.
    hr().filter(ContractValidation.invalidRequestOnPurpose())
        .body("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], \"active\": true}")
        .post("/scim/v2/Users")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidValue"))
        .body("detail", equalTo("userName is required"));

    String unknown = UUID.randomUUID().toString();
    hr().body(
            """
            {"userName": "%s",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "%s"}}}
            """
                .formatted(unique("orphan"), unknown))
        .post("/scim/v2/Users")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidValue"))
        .body(
            "detail",
            equalTo(
                "manager '"
                    + unknown
                    + "' is not the id of a provisioned User; provision the"
                    + " manager first"));

    // active neither a boolean nor "True"/"False", on purpose.
    hr().filter(ContractValidation.invalidRequestOnPurpose())
        .body("{\"userName\": \"%s\", \"active\": \"maybe\"}".formatted(unique("unsure")))
        .post("/scim/v2/Users")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidValue"))
        .body("detail", startsWith("active must be true or false"));
  }

  @Test
  void patchErrorsNameTheirScimType() {
    String id = createUser(unique("patcherr"));
    patch(id, "{\"Operations\": [{\"op\": \"remove\"}]}", "noTarget");
    // An op that is not one, and no operations at all: against the PatchOp schema on purpose.
    patchInvalidOnPurpose(
        id, "{\"Operations\": [{\"op\": \"frobnicate\", \"path\": \"title\"}]}", "invalidSyntax");
    patch(
        id,
        "{\"Operations\": [{\"op\": \"add\", \"path\": \"emails[type eq\", \"value\": 1}]}",
        "invalidPath");
    patch(
        id,
        "{\"Operations\": [{\"op\": \"add\", \"path\": \"groups\", \"value\": []}]}",
        "mutability");
    patch(
        id,
        "{\"Operations\": [{\"op\": \"replace\", \"path\": \"emails[value sw \\\"zz\\\"].display\","
            + " \"value\": \"x\"}]}",
        "noTarget");
    patchInvalidOnPurpose(id, "{\"Operations\": []}", "invalidSyntax");
    // A stray member (a misplaced "op") is refused, not ignored with a 200.
    patchInvalidOnPurpose(
        id,
        "{\"op\": \"replace\", \"Operations\": [{\"op\": \"replace\", \"path\": \"title\","
            + " \"value\": \"x\"}]}",
        "invalidSyntax");
    hr().get("/scim/v2/Users/{id}", id).then().body("title", org.hamcrest.Matchers.nullValue());
  }

  private static void patch(String id, String body, String scimType) {
    patch(hr(), id, body, scimType);
  }

  private static void patchInvalidOnPurpose(String id, String body, String scimType) {
    patch(hr().filter(ContractValidation.invalidRequestOnPurpose()), id, body, scimType);
  }

  private static void patch(RequestSpecification request, String id, String body, String scimType) {
    request
        .body(body)
        .patch("/scim/v2/Users/{id}", id)
        .then()
        .statusCode(400)
        .contentType(startsWith(SCIM_JSON))
        .body("scimType", equalTo(scimType));
  }

  @Test
  void filterOnAUserNameThatDoesNotExistIsAnEmptyList() {
    // Okta and Entra ID ask this before every create.
    hr().queryParam("filter", "userName eq \"" + unique("nobody") + "\"")
        .queryParam("startIndex", 1)
        .queryParam("count", 100)
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .contentType(startsWith(SCIM_JSON))
        .body("schemas", contains("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
        .body("totalResults", equalTo(0))
        .body("startIndex", equalTo(1))
        .body("itemsPerPage", equalTo(0))
        .body("Resources", empty());
  }

  @Test
  void filterOperators() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String ada = "ada." + tag + "@example.com";
    String bob = "bob." + tag + "@example.org";
    String cyd = "cyd." + tag + "@example.com";
    String adaId =
        create(
            """
            {"userName": "%s", "externalId": "ext-%s", "displayName": "Ada %s", "title": "Lead",
             "emails": [{"type": "work", "value": "ADA.%s@work.example"}]}
            """
                .formatted(ada, tag, tag, tag));
    create(
        """
        {"userName": "%s", "displayName": "Bob %s",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Ops-%s"}}
        """
            .formatted(bob, tag, tag));
    String cydId = create("{\"userName\": \"%s\", \"active\": false}".formatted(cyd));

    assertThat(userNames("userName eq \"" + ada.toUpperCase() + "\"")).containsExactly(ada);
    assertThat(userNames("USERNAME Eq \"" + ada + "\"")).containsExactly(ada);
    assertThat(userNames("externalId eq \"ext-" + tag + "\"")).containsExactly(ada);
    assertThat(userNames("externalId eq \"EXT-" + tag + "\"")).isEmpty(); // caseExact
    assertThat(userNames("userName co \"" + tag + "\" and active eq false")).containsExactly(cyd);
    assertThat(userNames("userName co \"" + tag + "\" and active eq true"))
        .containsExactlyInAnyOrder(ada, bob);
    assertThat(userNames("userName sw \"bob." + tag + "\"")).containsExactly(bob);
    assertThat(userNames("userName co \"" + tag + "\" and userName ew \".com\""))
        .containsExactlyInAnyOrder(ada, cyd);
    assertThat(userNames("userName co \"" + tag + "\" and title pr")).containsExactly(ada);
    assertThat(userNames("userName co \"" + tag + "\" and not (title pr)"))
        .containsExactlyInAnyOrder(bob, cyd);
    assertThat(userNames("emails.value eq \"ada." + tag + "@work.example\"")).containsExactly(ada);
    assertThat(userNames("emails[type eq \"work\" and value co \"" + tag + "\"]"))
        .containsExactly(ada);
    assertThat(userNames("displayName eq \"bob " + tag + "\" or id eq \"" + cydId + "\""))
        .containsExactlyInAnyOrder(bob, cyd);
    assertThat(
            userNames(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"ops-"
                    + tag
                    + "\""))
        .containsExactly(bob);
    assertThat(userNames("id eq \"" + adaId + "\" and meta.created gt \"2020-01-01T00:00:00Z\""))
        .containsExactly(ada);
  }

  @Test
  void pagingWithStartIndexAndCount() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 5; i++) {
      createUser("page" + i + "." + tag + "@example.com");
    }
    String filter = "userName co \"" + tag + "\"";
    hr().queryParam("filter", filter)
        .queryParam("startIndex", 2)
        .queryParam("count", 2)
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(5))
        .body("itemsPerPage", equalTo(2))
        .body("startIndex", equalTo(2))
        .body(
            "Resources.userName",
            contains("page2." + tag + "@example.com", "page3." + tag + "@example.com"));
    hr().queryParam("filter", filter)
        .queryParam("startIndex", 5)
        .queryParam("count", 10)
        .get("/scim/v2/Users")
        .then()
        .body("Resources.userName", contains("page5." + tag + "@example.com"));
    hr().queryParam("filter", filter)
        .queryParam("count", 0)
        .get("/scim/v2/Users")
        .then()
        .body("totalResults", equalTo(5))
        .body("itemsPerPage", equalTo(0));
    hr().queryParam("filter", filter)
        .queryParam("excludedAttributes", "emails,name")
        .queryParam("attributes", "userName")
        .get("/scim/v2/Users")
        .then()
        .body("Resources[0].keySet()", containsInAnyOrder("schemas", "id", "userName"));
  }

  @Test
  void badFiltersAreInvalidFilterAndTooMany() {
    hr().queryParam("filter", "userName eq")
        .get("/scim/v2/Users")
        .then()
        .statusCode(400)
        .contentType(startsWith(SCIM_JSON))
        .body("scimType", equalTo("invalidFilter"))
        // Where the filter broke, not the JSON parser's internals.
        .body(
            "detail", equalTo("The filter is not valid: Invalid comparison value at position 11"));
    hr().queryParam("filter", "shoeSize gt \"9\"")
        .get("/scim/v2/Users")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("invalidFilter"))
        .body("detail", equalTo("Filtering on 'shoeSize' is not supported"));
    String many = String.join(" or ", java.util.Collections.nCopies(60, "userName eq \"x\""));
    hr().queryParam("filter", many)
        .get("/scim/v2/Users")
        .then()
        .statusCode(400)
        .body("scimType", equalTo("tooMany"));
  }

  private static List<String> userNames(String filter) {
    return hr().queryParam("filter", filter)
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .extract()
        .path("Resources.userName");
  }
}
