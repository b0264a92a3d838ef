package dev.rapport.local.testing;

import static io.restassured.RestAssured.given;

import dev.rapport.local.RapportTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Who calls a service under test: unique userNames and requests bearing their tokens. */
public final class TestCallers {
  private TestCallers() {}

  /**
   * A userName no other test uses, {@code prefix-1a2b3c4d@example.com}, so that lists and counts
   * stay the test's own.
   */
  public static String userName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /**
   * A request as {@code userName} with {@code roles} (from requester, agent, lead, admin,
   * integration), with a token the service under test accepts; content types are the caller's.
   */
  public static RequestSpecification as(String userName, String... roles) {
    return given().auth().oauth2(RapportTestResource.token(userName, roles));
  }
}
