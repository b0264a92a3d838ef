package dev.rapport.local.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter every service test runs, against a small service whose answers the test picks. */
class ContractValidationTest {
  private static final String DOCUMENT =
      """
      {"openapi": "3.0.3", "info": {"title": "things", "version": "1"},
       "paths": {"/api/v1/things": {"post": {
         "requestBody": {"required": true, "content": {"application/json": {"schema": {
           "type": "object", "required": ["name"],
           "properties": {"name": {"type": "string", "minLength": 1}}}}}},
         "responses": {
           "201": {"description": "Created", "content": {"application/json": {"schema": {
             "type": "object", "required": ["name", "owner"],
             "properties": {"name": {"type": "string"},
                            "owner": {"type": "string", "nullable": true}}}}}},
           "400": {"description": "Bad input", "content": {"application/problem+json": {
             "schema": {"type": "object", "properties": {"status": {"type": "integer"}}}}}}}}}}}
      """;

  private static HttpServer server;
  private static final AtomicReference<Answer> answer = new AtomicReference<>();

  record Answer(int status, String contentType, String body) {}

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/q/openapi", e -> reply(e, new Answer(200, "application/json", DOCUMENT)));
    server.createContext("/api/v1/things", e -> reply(e, answer.get()));
    server.start();
    RestAssured.port = server.getAddress().getPort();
    ContractValidation.install();
    ContractValidation.install();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    RestAssured.reset();
  }

  @BeforeEach
  void documented() {
    answer.set(new Answer(201, "application/json", "{\"name\":\"a\",\"owner\":null}"));
  }

  @Test
  void aCallTheDocumentDescribesPassesAndIsInstalledOnce() {
    given().contentType("application/json").body("{\"name\":\"a\"}").post("/api/v1/things");

    assertThat(RestAssured.filters()).filteredOn(ContractValidation.class::isInstance).hasSize(1);
  }

  @Test
  void anUndocumentedPropertyInTheResponseFails() {
    answer.set(new Answer(201, "application/json", "{\"name\":\"a\",\"owner\":null,\"x\":1}"));

    assertThatThrownBy(() -> postValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST /api/v1/things → 201")
        .hasMessageContaining("additionalProperties");
  }

  @Test
  void aNullInAFieldNotDeclaredNullableFails() {
    answer.set(new Answer(201, "application/json", "{\"name\":null,\"owner\":null}"));

    assertThatThrownBy(() -> postValid()).hasMessageContaining("/name");
  }

  @Test
  void anUndocumentedStatusFails() {
    answer.set(new Answer(409, "application/problem+json", "{\"status\":409}"));

    assertThatThrownBy(() -> postValid())
        .hasMessageContaining("validation.response.status.unknown");
  }

  @Test
  void anInvalidRequestFailsUnlessSentOnPurposeAndThenItsResponseIsStillChecked() {
    answer.set(new Answer(400, "application/problem+json", "{\"status\":400}"));
    assertThatThrownBy(
            () -> given().contentType("application/json").body("{}").post("/api/v1/things"))
        .hasMessageContaining("validation.request.body.schema.required");

    given()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/things");

    answer.set(new Answer(400, "text/plain", "no"));
    assertThatThrownBy(
            () ->
                given()
                    .filter(ContractValidation.invalidRequestOnPurpose())
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/things"))
        .hasMessageContaining("validation.response.contentType");
  }

  @Test
  void aResponseReadWithoutRestAssuredIsCheckedToo() throws Exception {
    answer.set(new Answer(201, "application/json", "{\"name\":\"a\"}"));
    URI uri = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/things");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(ContractValidation.responseViolations(uri, "POST", response)).contains("owner");
    answer.set(new Answer(201, "application/json", "{\"name\":\"a\",\"owner\":\"b\"}"));
    HttpResponse<String> documented =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ContractValidation.responseViolations(uri, "POST", documented)).isNull();
  }

  private static void postValid() {
    given().contentType("application/json").body("{\"name\":\"a\"}").post("/api/v1/things");
  }

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
