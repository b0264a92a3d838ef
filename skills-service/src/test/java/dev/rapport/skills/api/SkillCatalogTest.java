package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.admin;
import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class SkillCatalogTest {

  @Test
  void leadsAddSkillsWhoseNamesAreUniqueWithoutRegardToCase() {
    String name = HandBuilt.unique("Kubernetes");
    var created =
        as("lee@example.com", "lead")
            .body(Map.of("name", name, "category", "Platform", "description", "Clusters"))
            .post("/api/v1/skills")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("name", equalTo(name))
            .body("category", equalTo("Platform"))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/skills/" + id);

    as("lee@example.com", "lead")
        .body(Map.of("name", "  " + name.toUpperCase() + " "))
        .post("/api/v1/skills")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("duplicate-skill"))
        .body("existingId", equalTo(id));

    // Any authenticated role reads it, by id or by name in any case.
    as("rita@example.com", "requester")
        .get("/api/v1/skills/{skill}", name.toLowerCase())
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
    as("bot", "integration").get("/api/v1/skills/{skill}", id).then().statusCode(200);
  }

  @Test
  void onlyLeadsAndAdminsWriteTheCatalogue() {
    for (String role : List.of("agent", "requester", "integration")) {
      as("someone@example.com", role)
          .body(Map.of("name", HandBuilt.unique("Nope")))
          .post("/api/v1/skills")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    String id = create(HandBuilt.unique("Linux"));
    as("someone@example.com", "agent")
        .body(Map.of("description", "x"))
        .patch("/api/v1/skills/{id}", id)
        .then()
        .statusCode(403);
  }

  @Test
  void editsNeedTheCurrentETagAndKeepNamesUnique() {
    String taken = HandBuilt.unique("Networking");
    create(taken);
    String name = HandBuilt.unique("Windows");
    String id = create(name);

    admin()
        .header("If-Match", "\"0\"")
        .body(Map.of("description", "Desktop and server", "category", "Workplace"))
        .patch("/api/v1/skills/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo(name))
        .body("description", equalTo("Desktop and server"))
        .body("category", equalTo("Workplace"));
    admin()
        .header("If-Match", "\"0\"")
        .body(Map.of("description", "stale"))
        .patch("/api/v1/skills/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("currentETag", equalTo("\"1\""));
    admin()
        .body(Map.of("name", taken.toLowerCase()))
        .patch("/api/v1/skills/{id}", id)
        .then()
        .statusCode(409)
        .body("type", containsString("duplicate-skill"));
    // An empty category clears it; the refused edits changed nothing.
    admin()
        .body(Map.of("category", ""))
        .patch("/api/v1/skills/{id}", id)
        .then()
        .statusCode(200)
        .body("category", nullValue())
        .body("name", equalTo(name))
        .body("description", equalTo("Desktop and server"));
  }

  @Test
  void badNamesAndBodiesAreProblemsAndCreateNothing() {
    String prefix = HandBuilt.unique("Bad");
    admin()
        .filter(ContractValidation.invalidRequestOnPurpose()) // a blank name
        .body(Map.of("name", " "))
        .post("/api/v1/skills")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("name"));
    admin()
        .body(Map.of("name", prefix + ", and more"))
        .post("/api/v1/skills")
        .then()
        .statusCode(400)
        .body("type", containsString("invalid-skill-name"));
    admin()
        .body(Map.of("name", UUID.randomUUID().toString()))
        .post("/api/v1/skills")
        .then()
        .statusCode(400)
        .body("type", containsString("invalid-skill-name"));
    admin()
        .queryParam("q", prefix)
        .get("/api/v1/skills")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    admin()
        .get("/api/v1/skills/{skill}", HandBuilt.unique("Missing"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aRetriedCreateWithTheSameKeyAddsTheSkillOnce() {
    String key = UUID.randomUUID().toString();
    var body = Map.of("name", HandBuilt.unique("Terraform"));
    String first =
        admin()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/skills")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    admin()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/skills")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
  }

  @Test
  void theListFiltersAndPagesByName() {
    String category = HandBuilt.unique("cat");
    String stem = HandBuilt.unique("Paged");
    List<String> names = List.of(stem + "-c", stem + "-A", stem + "-b");
    for (String n : names) {
      admin()
          .body(Map.of("name", n, "category", category))
          .post("/api/v1/skills")
          .then()
          .statusCode(201);
    }
    admin().body(Map.of("name", stem + "-other")).post("/api/v1/skills").then().statusCode(201);

    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      var spec = as("rita@example.com", "requester").queryParam("category", category.toUpperCase());
      if (after != null) {
        spec.queryParam("after", after);
      }
      var page = spec.queryParam("limit", 2).get("/api/v1/skills").then().statusCode(200).extract();
      seen.addAll(page.path("items.name"));
      after = page.path("nextCursor");
    } while (after != null);
    assertThat(seen).containsExactly(stem + "-A", stem + "-b", stem + "-c");

    admin()
        .queryParam("q", stem.toUpperCase())
        .get("/api/v1/skills")
        .then()
        .body("items", hasSize(4))
        .body("nextCursor", nullValue());
    admin()
        .queryParam("after", "not-a-cursor")
        .get("/api/v1/skills")
        .then()
        .statusCode(400)
        .body("type", containsString("invalid-cursor"));
  }

  @Test
  void theFiveProficiencyLevelsHaveDescriptors() {
    as("rita@example.com", "requester")
        .get("/api/v1/proficiency-levels")
        .then()
        .statusCode(200)
        .body("level", contains(1, 2, 3, 4, 5))
        .body("label", contains("Awareness", "Working", "Practitioner", "Advanced", "Expert"))
        .body("[2].descriptor", notNullValue());
  }

  static String create(String name) {
    return admin()
        .body(Map.of("name", name))
        .post("/api/v1/skills")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
