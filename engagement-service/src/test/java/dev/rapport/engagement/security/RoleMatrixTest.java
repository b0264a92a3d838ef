package dev.rapport.engagement.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.RoleMatrix;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every operation of engagement-service's OpenAPI document against its table in docs/security.md.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class RoleMatrixTest {
  @TestHTTPResource("/")
  URI base;

  @Inject ObjectMapper json;

  @Test
  void everyOperationAnswersEveryRoleAsDocsSecurityMdSays() {
    Map<String, String> users =
        Map.of(
            "requester", TestCallers.userName("matrix-requester"),
            "agent", TestCallers.userName("matrix-agent"),
            "lead", TestCallers.userName("matrix-lead"),
            "admin", TestCallers.userName("matrix-admin"),
            "integration", TestCallers.userName("matrix-integration"));
    UUID teamId = UUID.randomUUID();
    String team = teamId.toString();
    String otherTeam = UUID.randomUUID().toString();
    String agent = users.get("agent");
    // The agent is a member of the team, as skills-service announces it.
    try (CloudEventWriter people = TestEventWriters.people(json)) {
      people.publish(
          TestPeople.provisioned(
              TestPeople.person(UUID.randomUUID(), agent)
                  .roles(List.of(PersonSnapshot.AGENT))
                  .teams(List.of(new TeamRef(teamId, "Matrix team")))
                  .snapshot()));
      // The lead leads it (a team's alert thresholds are its leads').
      people.publish(
          TestPeople.provisioned(
              TestPeople.person(UUID.randomUUID(), users.get("lead"))
                  .roles(List.of(PersonSnapshot.LEAD))
                  .teams(List.of(new TeamRef(teamId, "Matrix team")))
                  .snapshot()));
    }
    // Membership comes from TeamRoster (issue 11, staff pulse); until its projection is merged
    // the agent belongs to no team and the "own" row cannot be checked: skipped, not passed.
    try {
      Awaitility.await()
          .atMost(TopicReader.PATIENCE)
          .until(
              () ->
                  TestCallers.as(agent, "agent")
                              .get("/api/v1/metrics/teams/{team}", team)
                              .statusCode()
                          == 200
                      && TestCallers.as(users.get("lead"), "lead")
                              .get("/api/v1/alert-thresholds/{team}", team)
                              .statusCode()
                          == 200);
    } catch (ConditionTimeoutException e) {
      Assumptions.abort(
          "TeamRoster does not know team members yet (the pulse roster is not merged)");
    }
    String service = UUID.randomUUID().toString();

    RoleMatrix.forService("engagement-service")
        .baseUri(base)
        .tokens(role -> RapportTestResource.token(users.get(role), role))
        .refusingForeignTokens(users.get("admin"), "admin")
        .pathValues(
            (role, path, parameter, own) ->
                switch (parameter) {
                  case "team" -> own ? team : otherTeam;
                  case "id" -> service;
                  case "token" -> "not-a-signed-token";
                  default -> throw new IllegalArgumentException(parameter);
                })
        .verify();
  }
}
