package dev.rapport.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service starts on real PostgreSQL and Kafka, migrates its schema and reports ready. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class StartupTest {

  @Test
  void migratesAndReportsReady() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
