package dev.rapport.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.people.TeamMember;
import dev.rapport.events.people.TeamRef;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestPeople;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster as rapport.people.v1 tells it, through the broker: a person's team list and a team's
 * member list both make members, whichever was told last wins (an older event, of either kind,
 * undoes nothing), deactivated people and deleted teams count for nobody, and teams are named by
 * the id tickets carry as teamId.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class TeamRosterTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Inject TeamRoster roster;
  @Inject ObjectMapper json;
  @Inject AgroalDataSource database;

  private CloudEventWriter people;
  private UUID team;
  private TeamRef ref;

  @BeforeEach
  void writer() {
    people = TestEventWriters.people(json);
    team = UUID.randomUUID();
    ref = new TeamRef(team, "Network " + team.toString().substring(0, 6));
  }

  @AfterEach
  void close() {
    people.close();
  }

  @Test
  void aPersonsTeamsAndRolesMakeMembersAndLeads() {
    UUID leadId = UUID.randomUUID();
    String lead = TestCallers.userName("lena");
    String agent = TestCallers.userName("arno");
    publish(person(leadId, lead, T0, List.of("lead", "agent"), ref));
    publish(person(UUID.randomUUID(), agent, T0, List.of("agent"), ref));

    await(() -> members(team.toString()).size() == 2);
    assertThat(members(team.toString())).containsExactlyElementsOf(sorted(lead, agent));
    assertThat(leads(team.toString())).containsExactly(lead);
    assertThat(teams(agent)).containsExactly(team.toString());
    assertThat(name(team.toString())).contains(ref.name());
    // As a ticket or a request may spell them: case and blanks do not matter.
    assertThat(members(" " + team.toString().toUpperCase(Locale.ROOT)))
        .containsExactlyElementsOf(sorted(lead, agent));
    assertThat(teams(agent.toUpperCase(Locale.ROOT))).containsExactly(team.toString());

    // Deactivated: no longer a member, nor a lead.
    publish(
        new PersonDeactivated(
            TestPeople.person(leadId, lead)
                .teams(List.of(ref))
                .roles(List.of("lead"))
                .active(false)
                .updatedAt(T0.plusSeconds(60))
                .snapshot(),
            false,
            "scim"));
    await(() -> leads(team.toString()).isEmpty());
    assertThat(members(team.toString())).containsExactly(agent);
    assertThat(teams(lead)).isEmpty();
  }

  @Test
  void aTeamsMemberListJoinsAndRemovesAndAnOlderEventUndoesNothing() {
    UUID anaId = UUID.randomUUID();
    UUID benId = UUID.randomUUID();
    String ana = TestCallers.userName("ana");
    String ben = TestCallers.userName("ben");
    publish(person(anaId, ana, T0, List.of("agent")));
    publish(person(benId, ben, T0, List.of("agent")));
    awaitApplied(publish(teamChanged("CREATED", T0.plusSeconds(10), member(anaId, ana))));
    assertThat(members(team.toString())).containsExactly(ana);

    publish(teamChanged("UPDATED", T0.plusSeconds(20), member(benId, ben)));
    await(() -> members(team.toString()).equals(List.of(ben)));
    assertThat(teams(ana)).isEmpty();

    // Ana's own snapshot, older than the team's last word, does not bring her back ...
    awaitApplied(publish(person(anaId, ana, T0.plusSeconds(15), List.of("agent"), ref)));
    assertThat(members(team.toString())).containsExactly(ben);
    // ... a newer one does, and an older member list does not remove her again.
    publish(person(anaId, ana, T0.plusSeconds(30), List.of("agent"), ref));
    await(() -> members(team.toString()).size() == 2);
    awaitApplied(publish(teamChanged("UPDATED", T0.plusSeconds(25), member(benId, ben))));
    assertThat(members(team.toString())).containsExactlyElementsOf(sorted(ana, ben));
  }

  @Test
  void aDeletedTeamHasNobodyWhateverArrivesLater() {
    UUID cyId = UUID.randomUUID();
    String cy = TestCallers.userName("cy");
    publish(person(cyId, cy, T0, List.of("lead"), ref));
    await(() -> leads(team.toString()).contains(cy));

    publish(teamChanged("DELETED", T0.plusSeconds(10)));
    await(() -> members(team.toString()).isEmpty());
    assertThat(teams(cy)).isEmpty();
    assertThat(name(team.toString())).isEmpty();

    awaitApplied(publish(person(cyId, cy, T0.plusSeconds(20), List.of("lead"), ref)));
    assertThat(leads(team.toString())).isEmpty();
  }

  private PersonUpserted person(
      UUID id, String userName, Instant at, List<String> roles, TeamRef... teams) {
    return TestPeople.provisioned(
        TestPeople.person(id, userName)
            .roles(roles)
            .teams(List.of(teams))
            .updatedAt(at)
            .snapshot());
  }

  private TeamChanged teamChanged(String change, Instant at, TeamMember... members) {
    return new TeamChanged(
        team, ref.name(), null, change, List.of(members), List.of(), List.of(), "scim", at);
  }

  private static TeamMember member(UUID id, String userName) {
    return new TeamMember(id, userName, userName);
  }

  private String publish(EventPayload event) {
    return people.publish(event);
  }

  private List<String> members(String teamId) {
    return read(() -> roster.membersOf(teamId));
  }

  private Set<String> leads(String teamId) {
    return read(() -> roster.leadsOf(teamId));
  }

  private Set<String> teams(String userName) {
    return read(() -> roster.teamsOf(userName));
  }

  private Optional<String> name(String teamId) {
    return read(() -> roster.teamName(teamId));
  }

  /** Reads as H1's and H2's code does: inside a transaction of its own. */
  private static <T> T read(Supplier<T> query) {
    return QuarkusTransaction.requiringNew().call(query::get);
  }

  private static List<String> sorted(String... userNames) {
    return Arrays.stream(userNames).sorted().toList();
  }

  private static void await(Supplier<Boolean> condition) {
    Awaitility.await().atMost(TopicReader.PATIENCE).until(condition::get);
  }

  /** Waits until the consumer has applied the event (its ce_id is recorded with its effect). */
  private void awaitApplied(String ceId) {
    await(() -> applied(ceId));
  }

  private boolean applied(String ceId) {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from processed_events where event_id = ?")) {
      s.setString(1, ceId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
