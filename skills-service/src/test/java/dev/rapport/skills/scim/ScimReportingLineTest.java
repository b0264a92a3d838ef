package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimClient.SCIM_JSON;
import static dev.rapport.skills.scim.ScimClient.createUser;
import static dev.rapport.skills.scim.ScimClient.hr;
import static dev.rapport.skills.scim.ScimClient.oktaUser;
import static dev.rapport.skills.scim.ScimClient.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the README and the SCIM schema promise of {@code manager.value}: it must be the id of a
 * provisioned User, and a reporting line cannot be a loop. A change that breaks either is refused
 * with a SCIM error (400, scimType invalidValue) and writes nothing: the person stays as they were
 * and nothing is announced.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class ScimReportingLineTest {
  private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void aPatchThatWouldMakeTwoPeopleManageEachOtherIsRefused() {
    String a = createUser(unique("loop-a"));
    String b = createUser(unique("loop-b"));
    patchManager(b, a).statusCode(200);
    Unchanged before = Unchanged.of(a);

    refused(patchManager(a, b)).body("detail", containsString("cannot be a loop"));

    before.assertStill();
  }

  @Test
  void aPutThatWouldCloseALongerLoopIsRefused() {
    String topName = unique("loop-top");
    String top = createUser(topName);
    String middle = createUser(unique("loop-middle"));
    String bottom = createUser(unique("loop-bottom"));
    patchManager(middle, top).statusCode(200);
    patchManager(bottom, middle).statusCode(200);
    Unchanged before = Unchanged.of(top);

    refused(hr().body(withManager(topName, bottom)).put("/scim/v2/Users/{id}", top).then())
        .body("detail", containsString("cannot be a loop"));

    before.assertStill();
  }

  @Test
  void nobodyManagesThemselves() {
    String a = createUser(unique("self-manager"));
    Unchanged before = Unchanged.of(a);

    refused(patchManager(a, a)).body("detail", containsString("cannot be a loop"));

    before.assertStill();
  }

  @Test
  void aManagerWhoIsNotProvisionedIsRefusedOnCreate() {
    String userName = unique("unknown-manager");
    String nobody = UUID.randomUUID().toString();

    refused(hr().body(withManager(userName, nobody)).post("/scim/v2/Users").then())
        .body("detail", containsString(nobody))
        .body("detail", containsString("provision the manager first"));

    hr().queryParam("filter", "userName eq \"" + userName + "\"")
        .get("/scim/v2/Users")
        .then()
        .statusCode(200)
        .body("totalResults", equalTo(0));
    assertThat(count("select count(*) from outbox where payload like ?", "%" + userName + "%"))
        .isZero();
  }

  @Test
  void aManagerWhoIsNotProvisionedIsRefusedOnPatchAndPut() {
    String userName = unique("unknown-manager-later");
    String a = createUser(userName);
    Unchanged before = Unchanged.of(a);
    String nobody = UUID.randomUUID().toString();

    refused(patchManager(a, nobody)).body("detail", containsString("provision the manager first"));
    refused(hr().body(withManager(userName, nobody)).put("/scim/v2/Users/{id}", a).then())
        .body("detail", containsString("provision the manager first"));

    before.assertStill();
  }

  @Test
  void aManagerThatIsNotAnIdIsRefused() {
    String userName = unique("manager-not-an-id");
    String a = createUser(userName);
    Unchanged before = Unchanged.of(a);

    // Invalid on purpose: the schema says manager.value is a User id.
    refused(
        hr().filter(ContractValidation.invalidRequestOnPurpose())
            .body(withManager(userName, "lee"))
            .put("/scim/v2/Users/{id}", a)
            .then());

    before.assertStill();
  }

  /** The user's version and announcements, to show a refused change touched neither. */
  private record Unchanged(String id, String version, Object manager, long events) {
    static Unchanged of(String id) {
      var user = hr().get("/scim/v2/Users/{id}", id).then().statusCode(200).extract();
      return new Unchanged(
          id,
          user.path("meta.version"),
          user.path("'" + ENTERPRISE + "'.manager.value"),
          count("select count(*) from outbox where message_key = ?", id));
    }

    void assertStill() {
      assertThat(of(id)).isEqualTo(this);
    }
  }

  private static ValidatableResponse patchManager(String id, String managerId) {
    return hr().body(
            """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "path": "%s:manager", "value": "%s"}]}
            """
                .formatted(ENTERPRISE, managerId))
        .patch("/scim/v2/Users/{id}", id)
        .then();
  }

  /** An Okta create body with the enterprise extension naming {@code managerId}. */
  private static String withManager(String userName, String managerId) {
    String user = oktaUser(userName, "Rey", "Porter").strip();
    return user.substring(0, user.length() - 1)
        + ", \"%s\": {\"manager\": {\"value\": \"%s\"}}}".formatted(ENTERPRISE, managerId);
  }

  private static ValidatableResponse refused(ValidatableResponse response) {
    return response
        .statusCode(400)
        .contentType(startsWith(SCIM_JSON))
        .body("schemas", contains(ERROR))
        .body("status", equalTo("400"))
        .body("scimType", equalTo("invalidValue"));
  }

  private static long count(String sql, String parameter) {
    try (Connection db =
            DriverManager.getConnection(RapportTestResource.jdbcUrl(), "postgres", "postgres");
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
