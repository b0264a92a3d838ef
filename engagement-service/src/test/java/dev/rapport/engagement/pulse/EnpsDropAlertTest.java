package dev.rapport.engagement.pulse;

import static dev.rapport.engagement.domain.alert.AlertFacts.awaitAlerts;
import static dev.rapport.engagement.domain.alert.AlertFacts.ofTeam;
import static dev.rapport.engagement.domain.alert.AlertFacts.stored;
import static dev.rapport.engagement.pulse.Pulses.answer;
import static dev.rapport.engagement.pulse.Pulses.openDue;
import static dev.rapport.engagement.pulse.Pulses.scheduled;
import static dev.rapport.engagement.pulse.Pulses.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.alert.EngagementAlerts;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The eNPS alert, on rounds answered through the pulse API: a team whose latest closed round is 15
 * points below the round before is alerted once; a drop of 14.3 is not; a round under the anonymity
 * bar (four answers) is never compared, however low.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class EnpsDropAlertTest {
  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  @Inject EngagementAlerts alerts;
  @Inject PulseRounds rounds;
  @Inject TestClock clock;
  @Inject TeamRoster roster;
  @Inject ObjectMapper json;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aFallOfFifteenPointsAlertsOnceAndFourteenOrARoundUnderTheBarDoesNot() {
    clock.set(NOW);
    TestTeam fifteen = TestTeam.of(json, roster, 19);
    TestTeam fourteen = TestTeam.of(json, roster, 6);
    TestTeam underBar = TestTeam.of(json, roster, 4);
    String first = weekly(fifteen);
    String second = weekly(fourteen);
    String third = weekly(underBar);
    openDue(rounds);
    // Round 1: everyone passive (8): eNPS 0 in each team.
    answerAll(fifteen, first, 0);
    answerAll(fourteen, second, 0);
    answerAll(underBar, third, 0);

    clock.advance(Duration.ofDays(7));
    openDue(rounds);
    // Round 2: 3 detractors of 20 (-15), 1 of 7 (-14.3), and 4 answers of 0 (under the bar of 5).
    answerAll(fifteen, first, 3);
    answerAll(fourteen, second, 1);
    for (String member : underBar.members().subList(0, 4)) {
      answer(member, third, 0, List.of(), null).statusCode(204);
    }
    clock.advance(Duration.ofDays(2));

    try (TopicReader topic = new TopicReader(Topics.ENGAGEMENT)) {
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      List<TopicReader.Event> raised = awaitAlerts(topic, ofTeam(fifteen.id()), 1);
      JsonNode alert = raised.get(0).data();
      assertThat(alert.path("metric").asText()).isEqualTo("enps");
      assertThat(alert.path("scope").asText()).isEqualTo("TEAM");
      assertThat(alert.path("observed").asDouble()).isEqualTo(-15.0);
      assertThat(alert.path("threshold").asDouble()).isEqualTo(15.0);
      assertThat(alert.path("window").asText()).isEqualTo("P7D");
      assertThat(alert.path("summary").asText())
          .isEqualTo(
              "The "
                  + fifteen.id()
                  + " team's eNPS fell from +0 to -15 between two pulse rounds, 15 points (alert"
                  + " at 15).");

      // A second run: nothing new. The other two teams: nothing at all (same evaluations).
      QuarkusTransaction.requiringNew().call(alerts::evaluate);
      assertThat(topic.seen(ofTeam(fifteen.id()))).hasSize(1);
      assertThat(topic.seen(ofTeam(fourteen.id()))).isEmpty();
      assertThat(topic.seen(ofTeam(underBar.id()))).isEmpty();
      assertThat(stored("team_id", fifteen.id())).isEqualTo(1);
      assertThat(stored("team_id", fourteen.id())).isZero();
      assertThat(stored("team_id", underBar.id())).isZero();
    }
  }

  /** A weekly survey of {@code team}: rounds of two days, the first opening now. */
  private String weekly(TestTeam team) {
    return scheduled(
        team,
        survey(team.id(), clock.instant(), clock.instant().plus(Duration.ofDays(2)), "WEEKLY"));
  }

  /** Every member answers the open round: {@code detractors} of them 5, the others 8. */
  private static void answerAll(TestTeam team, String pulse, int detractors) {
    List<String> members = team.members();
    for (int i = 0; i < members.size(); i++) {
      answer(members.get(i), pulse, i < detractors ? 5 : 8, List.of(), null).statusCode(204);
    }
  }
}
