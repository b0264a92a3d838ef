package dev.rapport.ticket.sla;

import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.ticket.api.Api;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies and calls of the calendar and policy admin API, for tests. */
public final class SlaAdmin {
  private SlaAdmin() {}

  public static RequestSpecification admin() {
    return Api.as("sla-admin@example.com", "admin");
  }

  /** As admin, for a body that breaks the OpenAPI document on purpose. */
  public static RequestSpecification invalid() {
    return admin().filter(ContractValidation.invalidRequestOnPurpose());
  }

  /** As admin, accepting what a DELETE answers (nothing, or a problem). */
  public static RequestSpecification deleting() {
    return TestCallers.as("sla-admin@example.com", "admin");
  }

  /** Mon–Fri 08:00–18:00 New York, with a holiday. */
  public static Map<String, Object> calendar(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("zone", "America/New_York");
    Map<String, Object> hours = new HashMap<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      hours.put(day, List.of(Map.of("start", "08:00", "end", "18:00")));
    }
    body.put("hours", hours);
    body.put("holidays", List.of("2026-12-25"));
    return body;
  }

  public static Map<String, Object> policy(String name, String priority) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("priority", priority);
    body.put("calendar", "24x7");
    body.put("targets", Map.of("response", "PT10M", "resolution", "PT2H", "update", "PT30M"));
    return body;
  }

  public static ValidatableResponse create(String collection, Map<String, Object> body) {
    return admin().body(body).post("/api/v1/" + collection).then();
  }

  /** Creates and answers the id. */
  public static String created(String collection, Map<String, Object> body) {
    return create(collection, body).statusCode(201).extract().path("id");
  }

  /** Deletes with the current ETag. */
  public static ValidatableResponse delete(String collection, String id) {
    String etag =
        admin().get("/api/v1/" + collection + "/{id}", id).then().extract().header("ETag");
    return deleting().header("If-Match", etag).delete("/api/v1/" + collection + "/{id}", id).then();
  }
}
