package dev.rapport.skills.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.skills.HandBuilt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assignee recommendations on hand-built people, skills, load, evidence and leave. */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "skills-service"))
class RecommendationResourceTest {
  private String k8s;
  private String dns;
  private String team;
  private String ana;
  private String bob;
  private String cem;
  private String dan;
  private String eve;
  private String fay;
  private Instant eveBack;

  @BeforeEach
  void handBuild() {
    k8s = HandBuilt.unique("Kubernetes");
    UUID k8sId = HandBuilt.skill(k8s);
    dns = HandBuilt.unique("DNS");
    UUID dnsId = HandBuilt.skill(dns);
    ana = HandBuilt.unique("ana");
    bob = HandBuilt.unique("bob");
    cem = HandBuilt.unique("cem");
    dan = HandBuilt.unique("dan");
    eve = HandBuilt.unique("eve");
    fay = HandBuilt.unique("fay");
    String gus = HandBuilt.unique("gus");
    UUID anaId = HandBuilt.person(ana);
    UUID bobId = HandBuilt.person(bob);
    UUID cemId = HandBuilt.person(cem);
    UUID danId = HandBuilt.person(dan);
    UUID eveId = HandBuilt.person(eve);
    UUID fayId = HandBuilt.person(fay);
    UUID gusId = HandBuilt.person(gus);
    team = HandBuilt.unique("Platform");
    HandBuilt.team(team, anaId, bobId, cemId, danId, eveId, gusId);

    HandBuilt.level(anaId, k8sId, 4); // covers both, idle: 60 + 0 + 25 = 85
    HandBuilt.level(anaId, dnsId, 3);
    HandBuilt.level(bobId, k8sId, 3); // covers both, at the maximum load: 60 + 0 + 0 = 60
    HandBuilt.level(bobId, dnsId, 3);
    for (int i = 0; i < 5; i++) {
      ticket(bob, "IN_PROGRESS");
    }
    HandBuilt.level(cemId, k8sId, 5); // no dns, idle, practised: 30 + 7.5 + 25 = 62.5
    for (int i = 0; i < 5; i++) {
      UUID resolved = ticket(cem, "RESOLVED");
      HandBuilt.update(
          "insert into skill_evidence (ticket_id, person_id, skill_id, resolved_at)"
              + " values (?, ?, ?, ?)",
          resolved,
          cemId,
          k8sId,
          Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
    }
    HandBuilt.level(danId, k8sId, 2); // one level short in k8s, no dns: 15 + 0 + 25 = 40
    HandBuilt.level(eveId, k8sId, 5); // the best on paper, but on leave
    HandBuilt.level(eveId, dnsId, 5);
    eveBack = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    HandBuilt.update(
        "insert into unavailability (id, person_id, starts_at, ends_at, reason, created_by,"
            + " created_at) values (?, ?, ?, ?, 'annual leave', 'test', ?)",
        UUID.randomUUID(),
        eveId,
        Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
        Timestamp.from(eveBack),
        Timestamp.from(Instant.now()));
    HandBuilt.level(fayId, k8sId, 5); // not in the team
    HandBuilt.level(gusId, k8sId, 5); // in the team, but deactivated
    HandBuilt.deactivate(gusId);
  }

  @Test
  void ranksByFitLoadAndEvidenceAndOffersAStretchPairingForLowPriority() {
    JsonPath answer = recommend("skills", k8s + "," + dns, "team", team, "priority", "P4");

    assertThat(answer.getList("candidates.userName")).containsExactly(ana, cem, bob, dan);
    assertThat(answer.getList("candidates.score")).containsExactly(85, 63, 60, 40);
    assertThat(answer.getList("candidates.rank")).containsExactly(1, 2, 3, 4);
    assertThat(answer.getList("skills.level")).containsExactly(3, 3);
    assertThat(answer.getString("scoring")).contains("60 × fit + 15 × evidence + 25 × load");

    // cem: k8s covered at 5 with 5 resolved tickets, dns missing, nothing open.
    assertThat(answer.getList("candidates[1].explanation.skills.coverage"))
        .containsExactly("covered", "missing");
    assertThat(answer.getList("candidates[1].explanation.skills.level")).containsExactly(5, 0);
    assertThat(answer.getInt("candidates[1].explanation.resolvedTickets")).isEqualTo(5);
    assertThat(answer.getInt("candidates[1].explanation.openTickets")).isZero();
    assertThat(answer.getString("candidates[1].explanation.availability")).isEqualTo("available");
    assertThat(answer.getInt("candidates[2].explanation.openTickets")).isEqualTo(5);
    assertThat(answer.getList("candidates[3].explanation.skills.coverage"))
        .containsExactly("one level short", "missing");

    // eve holds everything at 5 but is on leave: listed with why, not ranked.
    assertThat(answer.getList("unavailable.userName")).containsExactly(eve);
    assertThat(answer.getString("unavailable[0].why"))
        .isEqualTo("unavailable until " + eveBack + ": annual leave");

    assertThat(answer.getString("stretchPairing.skill")).isEqualTo(k8s);
    assertThat(answer.getInt("stretchPairing.neededLevel")).isEqualTo(3);
    assertThat(answer.getString("stretchPairing.learner.userName")).isEqualTo(dan);
    assertThat(answer.getInt("stretchPairing.learner.level")).isEqualTo(2);
    assertThat(answer.getString("stretchPairing.mentor.userName")).isEqualTo(ana);
    assertThat(answer.getString("stretchPairing.reason")).contains(dan, ana, "P4");
  }

  @Test
  void forP1FullCoverageRanksFirstAndThereIsNoStretchPairing() {
    JsonPath answer = recommend("skills", k8s + "," + dns, "team", team, "priority", "P1");

    assertThat(answer.getList("candidates.userName")).containsExactly(ana, bob, cem, dan);
    assertThat(answer.getList("candidates.score")).containsExactly(85, 60, 59, 40);
    assertThat(answer.getList("candidates.fullCoverage")).containsExactly(true, true, false, false);
    assertThat(answer.getBoolean("candidates[2].explanation.parts.capped")).isTrue();
    assertThat(answer.getString("stretchPairing")).isNull();
  }

  @Test
  void withoutATeamEveryActiveHolderIsACandidateAndLevelsAndLimitApply() {
    JsonPath everyone = recommend("skills", k8s + ":5", "limit", "2");

    // k8s at 5: cem and fay cover it (fay idle, no evidence: 85; cem: 60 + 15 + 25 = 100).
    assertThat(everyone.getList("candidates.userName")).containsExactly(cem, fay);
    assertThat(everyone.getList("skills.level")).containsExactly(5);
    assertThat(everyone.getString("priority")).isEqualTo("P3");
    assertThat(everyone.getList("unavailable.userName")).containsExactly(eve);
  }

  @Test
  void badRequestsAreProblems() {
    problem(400, "unknown-skill", "skills", k8s + ",no-such-skill-anywhere")
        .body("detail", containsString("no-such-skill-anywhere"))
        .body("skill", equalTo("no-such-skill-anywhere"));
    problem(400, "missing-skills");
    problem(400, "missing-skills", "skills", " , ");
    problem(400, "invalid-skill-level", "skills", k8s + ":9");
    problem(400, "invalid-priority", "skills", k8s, "priority", "P7");
    problem(400, "unknown-team", "skills", k8s, "team", "no-such-team-anywhere");
    request("skills", k8s, "limit", "0")
        .filter(ContractValidation.invalidRequestOnPurpose()) // limit below 1
        .get("/api/v1/recommendations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", endsWith("/validation-failed"));

    given()
        .auth()
        .oauth2(RapportTestResource.token("someone@example.com", "requester"))
        .queryParam("skills", k8s)
        .get("/api/v1/recommendations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.ValidatableResponse problem(
      int status, String type, String... query) {
    return request(query)
        .get("/api/v1/recommendations")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", endsWith("/" + type));
  }

  private static JsonPath recommend(String... query) {
    return request(query)
        .get("/api/v1/recommendations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static RequestSpecification request(String... query) {
    RequestSpecification request =
        given().auth().oauth2(RapportTestResource.token("lead@example.com", "lead"));
    for (int i = 0; i < query.length; i += 2) {
      request.queryParam(query[i], query[i + 1]);
    }
    return request;
  }

  private static UUID ticket(String assignee, String status) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    HandBuilt.update(
        "insert into tickets (id, ticket_key, status, priority, assignee, opened_at, updated_at)"
            + " values (?, ?, ?, 'P3', ?, ?, ?)",
        id,
        HandBuilt.unique("T"),
        status,
        assignee,
        now,
        now);
    return id;
  }
}
