package dev.rapport.ticket.api;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static dev.rapport.ticket.api.Api.uniquePerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every list of the ticket API answers {items, nextCursor}, bounded by limit and paged by after.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class BoundedListsTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void updatePagesNeverShowARequesterAnInternalNoteNorComeUpShort() {
    String alice = uniquePerson("alice");
    String id = Api.open(alice);
    for (int i = 1; i <= 5; i++) {
      post(id, "PUBLIC", "public " + i);
      post(id, "INTERNAL", "internal " + i);
    }

    List<JsonPath> requesterPages =
        pages(() -> requester(alice), "/api/v1/tickets/" + id + "/updates", 2);
    assertThat(requesterPages).extracting(p -> p.getList("items").size()).containsExactly(2, 2, 1);
    assertThat(requesterPages.stream().flatMap(p -> p.<String>getList("items.body").stream()))
        .containsExactly("public 1", "public 2", "public 3", "public 4", "public 5");
    assertThat(requesterPages.stream().flatMap(p -> p.<String>getList("items.visibility").stream()))
        .containsOnly("PUBLIC");

    List<JsonPath> staffPages = pages(Api::agent, "/api/v1/tickets/" + id + "/updates", 3);
    assertThat(staffPages).extracting(p -> p.getList("items").size()).containsExactly(3, 3, 3, 1);
    assertThat(staffPages.stream().flatMap(p -> p.<String>getList("items.body").stream()))
        .containsExactly(
            "public 1",
            "internal 1",
            "public 2",
            "internal 2",
            "public 3",
            "internal 3",
            "public 4",
            "internal 4",
            "public 5",
            "internal 5");
  }

  @Test
  void historyPagesHideInternalLinesFromTheRequesterAndCoverTheWholeTimeline() {
    String alice = uniquePerson("alice");
    String id = Api.open(alice);
    for (int i = 1; i <= 3; i++) {
      post(id, "INTERNAL", "note " + i);
      post(id, "PUBLIC", "update " + i);
    }
    List<Object> everything =
        agent().get("/api/v1/tickets/{id}/history?limit=200", id).jsonPath().getList("items");

    List<JsonPath> staffPages = pages(Api::agent, "/api/v1/tickets/" + id + "/history", 2);
    assertThat(staffPages.stream().flatMap(p -> p.getList("items").stream()))
        .containsExactlyElementsOf(everything);

    List<JsonPath> requesterPages =
        pages(() -> requester(alice), "/api/v1/tickets/" + id + "/history", 2);
    List<String> postedTo =
        requesterPages.stream()
            .flatMap(p -> p.<Map<String, Object>>getList("items").stream())
            .filter(line -> "update-posted".equals(line.get("action")))
            .map(line -> (String) line.get("to"))
            .toList();
    assertThat(postedTo).containsExactly("PUBLIC", "PUBLIC", "PUBLIC");
    assertThat(requesterPages.subList(0, requesterPages.size() - 1))
        .allSatisfy(p -> assertThat(p.getList("items")).hasSize(2));
  }

  @Test
  void tasksComeInTheirOrderPageByPage() {
    String id = Api.open(uniquePerson("alice"));
    for (String title : List.of("Order laptop", "Install software", "Hand over")) {
      agent()
          .body(Map.of("title", title))
          .post("/api/v1/tickets/{id}/tasks", id)
          .then()
          .statusCode(201);
    }

    List<JsonPath> pages = pages(Api::agent, "/api/v1/tickets/" + id + "/tasks", 2);

    assertThat(pages).extracting(p -> p.getList("items").size()).containsExactly(2, 1);
    assertThat(pages.stream().flatMap(p -> p.<String>getList("items.title").stream()))
        .containsExactly("Order laptop", "Install software", "Hand over");
  }

  @Test
  void businessServicesComeByNamePageByPage() {
    String prefix = "Paged " + uniquePerson("svc");
    for (String suffix : List.of("c", "a", "b")) {
      Api.as("root@example.com", "admin")
          .body(Map.of("name", prefix + " " + suffix))
          .post("/api/v1/services")
          .then()
          .statusCode(201);
    }

    List<String> names = new ArrayList<>();
    for (JsonPath page : pages(() -> requester(uniquePerson("bob")), "/api/v1/services", 1)) {
      assertThat(page.getList("items")).hasSize(1);
      names.addAll(page.getList("items.name"));
    }

    assertThat(names.stream().filter(n -> n.startsWith(prefix)))
        .containsExactly(prefix + " a", prefix + " b", prefix + " c");
  }

  @Test
  void aListHoldsFiftyByDefault() {
    String id = Api.open(uniquePerson("alice"));
    for (int i = 1; i <= 51; i++) {
      post(id, "PUBLIC", "update " + i);
    }

    agent()
        .get("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(200)
        .body("items", hasSize(50))
        .body("nextCursor", notNullValue());
  }

  @Test
  void aLimitOutOfRangeOrAForeignCursorIsABadRequestNamingIt() {
    String id = Api.open(uniquePerson("alice"));
    List<String> lists =
        List.of(
            "/api/v1/tickets",
            "/api/v1/tickets/" + id + "/updates",
            "/api/v1/tickets/" + id + "/tasks",
            "/api/v1/tickets/" + id + "/history",
            "/api/v1/services");
    for (String list : lists) {
      for (int limit : new int[] {0, 201}) {
        agent()
            .filter(
                ContractValidation
                    .invalidRequestOnPurpose()) // 0 and 201 are outside the documented 1 to 200
            .queryParam("limit", limit)
            .get(list)
            .then()
            .statusCode(400)
            .contentType(PROBLEM)
            .body("errors[0].field", equalTo("limit"));
      }
      agent().queryParam("limit", 200).get(list).then().statusCode(200);
      agent()
          .queryParam("after", "bm90LWEtY3Vyc29y")
          .get(list)
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", org.hamcrest.Matchers.containsString("invalid-cursor"));
    }
  }

  private static void post(String id, String visibility, String body) {
    agent()
        .body(Map.of("visibility", visibility, "body", body))
        .post("/api/v1/tickets/{id}/updates", id)
        .then()
        .statusCode(201);
  }

  /** Follows nextCursor from the first page to the last, checking each page's shape. */
  private static List<JsonPath> pages(Supplier<RequestSpecification> as, String path, int limit) {
    List<JsonPath> pages = new ArrayList<>();
    String after = null;
    do {
      RequestSpecification request = as.get().queryParam("limit", limit);
      if (after != null) {
        request.queryParam("after", after);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      assertThat(page.getList("items").size()).isLessThanOrEqualTo(limit);
      pages.add(page);
      after = page.getString("nextCursor");
      assertThat(pages).as("pages of " + path).hasSizeLessThan(100);
    } while (after != null);
    return pages;
  }
}
