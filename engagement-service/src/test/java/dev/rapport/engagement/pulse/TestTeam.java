package dev.rapport.engagement.pulse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * A team of the test's own on rapport.people.v1, as skills-service announces it: a lead and agents,
 * each with a unique userName, and one deactivated member; returned once the roster shows every
 * active member.
 */
public record TestTeam(String id, String lead, List<String> members, String gone) {

  /** The members but the lead. */
  public List<String> agents() {
    return members.stream().filter(m -> !m.equals(lead)).toList();
  }

  /** A team with a lead and {@code agents} agents (the lead is a member too). */
  public static TestTeam of(ObjectMapper json, TeamRoster roster, int agents) {
    UUID id = UUID.randomUUID();
    TeamRef ref = new TeamRef(id, "Team " + id.toString().substring(0, 8));
    String lead = TestCallers.userName("lead");
    List<String> members = new ArrayList<>(List.of(lead));
    String gone = TestCallers.userName("gone");
    try (CloudEventWriter people = TestEventWriters.people(json)) {
      publish(people, UUID.randomUUID(), lead, ref, List.of("lead", "agent"));
      for (int i = 0; i < agents; i++) {
        String agent = TestCallers.userName("agent" + i);
        members.add(agent);
        publish(people, UUID.randomUUID(), agent, ref, List.of("agent"));
      }
      // Known only as deactivated, so that no moment of the test sees them active.
      UUID goneId = UUID.randomUUID();
      people.publish(
          new PersonDeactivated(
              TestPeople.person(goneId, gone)
                  .teams(List.of(ref))
                  .roles(List.of("agent"))
                  .active(false)
                  .snapshot(),
              false,
              "scim"));
    }
    List<String> sorted = members.stream().sorted().toList();
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> roster.membersOf(id.toString()))
                    .equals(sorted));
    return new TestTeam(id.toString(), lead, sorted, gone);
  }

  private static void publish(
      CloudEventWriter people, UUID id, String userName, TeamRef team, List<String> roles) {
    people.publish(
        TestPeople.provisioned(
            TestPeople.person(id, userName).teams(List.of(team)).roles(roles).snapshot()));
  }
}
