package dev.rapport.engagement.api;

import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.testing.TestCallers;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** History brought in through {@code POST /api/v1/facts:import}, as a team migrating does. */
final class ImportedFacts {
  private ImportedFacts() {}

  /** One NDJSON line of a team's fact (P2, a subject of its own); {@code at} an instant. */
  static String line(String team, String kind, String label, String at, double measure) {
    return String.format(
        "{\"id\":\"%s\",\"kind\":\"%s\",\"label\":\"%s\",\"occurredAt\":\"%s\",\"teamId\":\"%s\","
            + "\"priority\":\"P2\",\"subject\":\"INC-%s\",\"measure\":%s}\n",
        UUID.randomUUID(), kind, label, at, team, UUID.randomUUID(), measure);
  }

  /** Imports {@code ndjson} as an admin, expecting every line accepted. */
  static void importAll(String ndjson) {
    post(ndjson).body("rejected.size()", equalTo(0));
  }

  /** Posts {@code ndjson} to facts:import as an admin; the 200 answer, for more checks. */
  static ValidatableResponse post(String ndjson) {
    return TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body(ndjson.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(200);
  }
}
