package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.SCIM_JSON;
import static dev.rapport.skills.scim.ScimClient.hr;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import org.junit.jupiter.api.Test;

/**
 * Discovery endpoints say what is supported; every error under /scim/v2 is a SCIM error, and every
 * other path keeps problem+json.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class ScimDiscoveryAndErrorsTest {
  private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  @Test
  void serviceProviderConfigSaysWhatIsSupported() {
    hr().get("/scim/v2/ServiceProviderConfig")
        .then()
        .statusCode(200)
        .contentType(startsWith(SCIM_JSON))
        .body("schemas", contains("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
        .body("patch.supported", equalTo(true))
        .body("bulk.supported", equalTo(false))
        .body("filter.supported", equalTo(true))
        .body("filter.maxResults", equalTo(200))
        .body("changePassword.supported", equalTo(false))
        .body("sort.supported", equalTo(false))
        .body("etag.supported", equalTo(true))
        .body("authenticationSchemes[0].type", equalTo("oauthbearertoken"));
  }

  @Test
  void resourceTypesAndSchemas() {
    hr().get("/scim/v2/ResourceTypes")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(2))
        .body("Resources.name", containsInAnyOrder("User", "Group"))
        .body("Resources.endpoint", containsInAnyOrder("/Users", "/Groups"));
    hr().get("/scim/v2/ResourceTypes/User")
        .then()
        .statusCode(200)
        .body("schema", equalTo("urn:ietf:params:scim:schemas:core:2.0:User"))
        .body(
            "schemaExtensions[0].schema",
            equalTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    hr().get("/scim/v2/Schemas")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(3))
        .body("Resources.id", hasItem("urn:ietf:params:scim:schemas:core:2.0:Group"));
    hr().get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")
        .then()
        .statusCode(200)
        .body("attributes.name", hasItem("userName"))
        .body("attributes.name", not(hasItem("password")));
    hr().get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
        .then()
        .statusCode(200)
        .body("attributes.name", hasItem("manager"));
    scimError(hr().get("/scim/v2/ResourceTypes/Printer").then(), 404);
  }

  @Test
  void withoutATokenA401InScimFormat() {
    // No token on purpose: the document requires one.
    scimError(noToken().accept(SCIM_JSON).get("/scim/v2/Users").then(), 401)
        .header("WWW-Authenticate", startsWith("Bearer"));
    scimError(noToken().get("/scim/v2/ServiceProviderConfig").then(), 401);
    scimError(given().auth().oauth2("not-a-token").get("/scim/v2/Users").then(), 401);
  }

  @Test
  void otherRolesGetA403InScimFormat() {
    for (String role : new String[] {"admin", "agent", "lead", "requester"}) {
      scimError(
          given()
              .auth()
              .oauth2(RapportTestResource.token("someone@example.com", role))
              .get("/scim/v2/Users")
              .then(),
          403);
    }
  }

  @Test
  void protocolErrorsInScimFormat() {
    // Each of these is invalid on purpose: a path and a method the document does not have, a
    // content type it does not take, a body that is not JSON or not an object, a count that is
    // not an integer.
    scimError(onPurpose().get("/scim/v2/Printers").then(), 404);
    scimError(onPurpose().delete("/scim/v2/Users").then(), 405);
    scimError(
            onPurpose().contentType("text/plain").body("hello").post("/scim/v2/Users").then(), 415)
        .body(
            "detail",
            equalTo("Send the request body as application/scim+json (or application/json)"));
    scimError(onPurpose().body("{\"userName\": ").post("/scim/v2/Users").then(), 400)
        .body("scimType", equalTo("invalidSyntax"));
    scimError(onPurpose().body("[1, 2]").post("/scim/v2/Users").then(), 400)
        .body("scimType", equalTo("invalidSyntax"));
    scimError(onPurpose().queryParam("count", "many").get("/scim/v2/Users").then(), 400)
        .body("scimType", equalTo("invalidValue"));
    scimError(hr().queryParam("filter", "userName eq \"x").get("/scim/v2/Groups").then(), 400)
        .body("scimType", equalTo("invalidFilter"));
    scimError(
        hr().header("If-Match", "garbage")
            .body("{\"userName\": \"x@example.com\"}")
            .put("/scim/v2/Users/" + java.util.UUID.randomUUID())
            .then(),
        404);
    // application/json bodies are accepted too.
    hr().contentType("application/json")
        .body("{\"userName\": \"" + ScimClient.unique("json") + "\"}")
        .post("/scim/v2/Users")
        .then()
        .statusCode(201)
        .contentType(startsWith(SCIM_JSON));
  }

  @Test
  void filterValuesPostgresCannotTakeAreInvalidFilters() {
    for (String filter :
        List.of(
            "meta.lastModified gt \"9999999-01-01T00:00:00Z\"",
            "meta.lastModified gt \"+10000-01-01T00:00:00Z\"",
            "meta.created lt \"-0001-01-01T00:00:00Z\"",
            "meta.lastModified gt \"2025-13-45T00:00:00Z\"",
            "meta.created eq \"yesterday\"",
            "displayName eq \"a\\u0000b\"",
            "externalId sw \"a\\u0000\"")) {
      for (String resources : List.of("/scim/v2/Users", "/scim/v2/Groups")) {
        scimError(hr().queryParam("filter", filter).get(resources).then(), 400)
            .body("scimType", equalTo("invalidFilter"));
      }
    }
  }

  @Test
  void otherPathsKeepProblemJson() {
    noToken()
        .get("/api/v1/people")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://rapport.dev/problems/unauthorized"))
        .body("schemas", nullValue());
    given()
        .auth()
        .oauth2(RapportTestResource.token("req@example.com", "requester"))
        .get("/api/v1/people")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(403));
    given()
        .auth()
        .oauth2(RapportTestResource.token("agent@example.com", "agent"))
        .get("/api/v1/people/not-a-person")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404));
  }

  private static RequestSpecification noToken() {
    return given().filter(ContractValidation.invalidRequestOnPurpose());
  }

  private static RequestSpecification onPurpose() {
    return hr().filter(ContractValidation.invalidRequestOnPurpose());
  }

  private static ValidatableResponse scimError(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(startsWith(SCIM_JSON))
        .body("schemas", contains(ERROR))
        .body("status", equalTo(Integer.toString(status)))
        .body("detail", not(nullValue()));
  }
}
