package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class IdempotentCreateTest {

  @Test
  void aRetriedCreateWithTheSameKeyAnswersTheFirstTicket() {
    String alice = uniquePerson("alice");
    String key = UUID.randomUUID().toString();
    var body = Api.incident("Laptop will not boot");
    String first =
        requester(alice)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        requester(alice)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    requester(alice).get("/api/v1/tickets").then().body("items.size()", equalTo(1));
  }

  @Test
  void concurrentRetriesStillCreateOneTicket() throws Exception {
    String alice = uniquePerson("alice");
    String key = UUID.randomUUID().toString();
    var body = Api.incident("Monitor flickers");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<String>> calls =
          java.util.stream.IntStream.range(0, 4)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              requester(alice)
                                  .header("Idempotency-Key", key)
                                  .body(body)
                                  .post("/api/v1/tickets")
                                  .then()
                                  .statusCode(201)
                                  .extract()
                                  .<String>path("id"),
                          pool))
              .toList();
      List<String> ids = calls.stream().map(CompletableFuture::join).distinct().toList();
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    requester(alice).get("/api/v1/tickets").then().body("items.size()", equalTo(1));
  }

  @Test
  void aKeyReusedWithAnotherBodyIsRefused() {
    String alice = uniquePerson("alice");
    String key = UUID.randomUUID().toString();
    requester(alice)
        .header("Idempotency-Key", key)
        .body(Api.incident("Mouse broken"))
        .post("/api/v1/tickets")
        .then()
        .statusCode(201);
    requester(alice)
        .header("Idempotency-Key", key)
        .body(Api.incident("Keyboard broken"))
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("idempotency-key-reused"));
    requester(alice).get("/api/v1/tickets").then().body("items.size()", equalTo(1));
  }

  @Test
  void theSameKeyFromAnotherPersonIsTheirOwn() {
    String key = UUID.randomUUID().toString();
    String a =
        requester(uniquePerson("alice"))
            .header("Idempotency-Key", key)
            .body(Api.incident("Phone dead"))
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String b =
        requester(uniquePerson("bob"))
            .header("Idempotency-Key", key)
            .body(Api.incident("Phone dead"))
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void retriedUpdatesAndTasksArePostedOnce() {
    String id = Api.open(uniquePerson("alice"));
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      Api.agent()
          .header("Idempotency-Key", key)
          .body(Map.of("visibility", "PUBLIC", "body", "Looking into it"))
          .post("/api/v1/tickets/{id}/updates", id)
          .then()
          .statusCode(201);
      Api.agent()
          .header("Idempotency-Key", key)
          .body(Map.of("title", "Check cabling"))
          .post("/api/v1/tickets/{id}/tasks", id)
          .then()
          .statusCode(201);
    }
    Api.agent().get("/api/v1/tickets/{id}/updates", id).then().body("items.size()", equalTo(1));
    Api.agent().get("/api/v1/tickets/{id}/tasks", id).then().body("items.size()", equalTo(1));
  }
}
