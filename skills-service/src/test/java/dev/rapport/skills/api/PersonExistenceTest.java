package dev.rapport.skills.api;

import static dev.rapport.skills.api.SkillsApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A caller who may not see a person (a requester, about someone else) gets from every person-scoped
 * endpoint the same answer for an existing person as for an unknown one: 404.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class PersonExistenceTest {

  @Test
  void aRequesterCannotTellWhetherSomeoneElseExists() {
    String existing = SkillsApi.userName("sam");
    UUID existingId = HandBuilt.person(existing);
    String skill = HandBuilt.unique("Kubernetes");
    HandBuilt.skill(skill);
    String caller = SkillsApi.userName("rita");
    HandBuilt.person(caller);

    Map<String, BiFunction<RequestSpecification, String, Response>> endpoints =
        new LinkedHashMap<>();
    endpoints.put("workload", (r, p) -> r.get("/api/v1/people/{p}/workload", p));
    endpoints.put("unavailability", (r, p) -> r.get("/api/v1/people/{p}/unavailability", p));
    endpoints.put(
        "mark unavailable",
        (r, p) ->
            r.body(
                    Map.of(
                        "from", "2027-01-04T08:00:00Z",
                        "until", "2027-01-08T17:00:00Z",
                        "reason", "leave"))
                .post("/api/v1/people/{p}/unavailability", p));
    endpoints.put(
        "remove unavailability",
        (r, p) -> r.delete("/api/v1/people/{p}/unavailability/{id}", p, UUID.randomUUID()));
    endpoints.put("skills", (r, p) -> r.get("/api/v1/people/{p}/skills", p));
    endpoints.put("one skill", (r, p) -> r.get("/api/v1/people/{p}/skills/{s}", p, skill));
    endpoints.put(
        "set a skill",
        (r, p) -> r.body(Map.of("level", 3)).put("/api/v1/people/{p}/skills/{s}", p, skill));
    endpoints.put("remove a skill", (r, p) -> r.delete("/api/v1/people/{p}/skills/{s}", p, skill));
    endpoints.put(
        "verify a skill",
        (r, p) ->
            r.body(Map.of("level", 3))
                .post("/api/v1/people/{p}/skills/{s}/verification", p, skill));
    endpoints.put(
        "skill history", (r, p) -> r.get("/api/v1/people/{p}/skills/{s}/history", p, skill));
    endpoints.put("all skill history", (r, p) -> r.get("/api/v1/people/{p}/skill-history", p));
    endpoints.put(
        "training plans", (r, p) -> r.queryParam("person", p).get("/api/v1/training-plans"));
    endpoints.put(
        "assign training",
        (r, p) ->
            r.body(
                    Map.of(
                        "person",
                        p,
                        "skill",
                        skill,
                        "targetLevel",
                        3,
                        "dueDate",
                        "2027-06-30",
                        "resource",
                        "course"))
                .post("/api/v1/training-plans"));
    endpoints.put("person", (r, p) -> r.get("/api/v1/people/{p}", p));

    String unknown = SkillsApi.userName("nobody");
    for (var endpoint : endpoints.entrySet()) {
      for (List<String> pair :
          List.of(
              List.of(existing, unknown), List.of(existingId.toString(), UUID.randomUUID() + ""))) {
        Response known = endpoint.getValue().apply(as(caller, "requester"), pair.get(0));
        Response notKnown = endpoint.getValue().apply(as(caller, "requester"), pair.get(1));
        assertThat(known.statusCode())
            .as(endpoint.getKey() + " for an existing person (%s)", known.asString())
            .isEqualTo(notKnown.statusCode())
            .isIn(403, 404);
        assertThat(known.contentType()).startsWith("application/problem+json");
        assertThat(known.jsonPath().getString("type"))
            .as(endpoint.getKey())
            .isEqualTo(notKnown.jsonPath().getString("type"));
      }
    }
  }
}
