package dev.rapport.skills.scim;

import dev.rapport.local.testing.TestCallers;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Calls /scim/v2 as the HR provisioning client (role integration), as an IdP would. */
final class ScimClient {
  static final String SCIM_JSON = "application/scim+json";
  static final String ACTOR = "hr-sync@example.com";

  private ScimClient() {}

  static RequestSpecification hr() {
    return TestCallers.as(ACTOR, "integration").contentType(SCIM_JSON).accept(SCIM_JSON);
  }

  static String unique(String prefix) {
    return TestCallers.userName(prefix);
  }

  /** An Okta-shaped create-user body (Okta's SCIM 2.0 provisioning guide). */
  static String oktaUser(String userName, String givenName, String familyName) {
    return """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "userName": "%1$s",
          "name": {"givenName": "%2$s", "familyName": "%3$s"},
          "emails": [{"primary": true, "value": "%1$s", "type": "work"}],
          "displayName": "%2$s %3$s",
          "locale": "en-US",
          "externalId": "00u%4$s",
          "groups": [],
          "password": "1mz050nq",
          "active": true
        }
        """
        .formatted(userName, givenName, familyName, UUID.randomUUID().toString().substring(0, 12));
  }

  /** Creates a user and answers its id. */
  static String create(String body) {
    return hr().body(body).post("/scim/v2/Users").then().statusCode(201).extract().path("id");
  }

  static String createUser(String userName) {
    return create(oktaUser(userName, "Test", "Person"));
  }
}
