package dev.rapport.engagement.pulse;

import static dev.rapport.engagement.pulse.Pulses.PATH;
import static dev.rapport.engagement.pulse.Pulses.answer;
import static dev.rapport.engagement.pulse.Pulses.openDue;
import static dev.rapport.engagement.pulse.Pulses.results;
import static dev.rapport.engagement.pulse.Pulses.scheduled;
import static dev.rapport.engagement.pulse.Pulses.survey;
import static dev.rapport.local.testing.TestCallers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestCallers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pulse answers cannot be traced to a person: after two members answer, the answers table has no
 * column that could hold a person or a time, and none of its rows, no API response and no log line
 * written meanwhile names either of them; answering wrote no event.
 */
@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "engagement-service"))
class PulseAnonymityTest {
  private static final Instant NOW = Instant.parse("2026-12-14T08:00:00Z");

  @Inject TeamRoster roster;
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject PulseRounds rounds;
  @Inject AgroalDataSource database;

  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
          if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
              line.append(' ').append(parameter);
            }
          }
          if (record.getThrown() != null) {
            line.append(' ').append(record.getThrown());
          }
          logged.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    clock.set(NOW);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
    clock.reset();
  }

  @Test
  void nothingTiesAnAnswerToThePersonWhoGaveIt() {
    TestTeam team = TestTeam.of(json, roster, 2);
    String id =
        scheduled(team, survey(team.id(), NOW, NOW.plus(Duration.ofDays(2)), "NONE", "I learn"));
    openDue(rounds);
    String ana = team.agents().get(0);
    String ben = team.agents().get(1);
    long eventsBefore = eventsNaming(ana, ben);
    logged.clear();

    answer(ana, id, 9, List.of(5), "Ana thinks the on-call rota is unfair").statusCode(204);
    answer(ben, id, 3, List.of(2), null).statusCode(204);

    assertThat(columns("pulse_answers"))
        .containsExactlyInAnyOrder("id", "pulse_id", "round", "enps", "scores", "comment");
    List<String> rows =
        texts("select row_to_json(a)::text from pulse_answers a where pulse_id = ?::uuid", id);
    assertThat(rows).hasSize(2);
    String admin = TestCallers.userName("admin");
    List<String> seen = new ArrayList<>(rows);
    seen.add(results(admin, "admin", id).statusCode(200).extract().asString());
    seen.add(as(admin, "admin").get(PATH + "/{id}", id).then().extract().asString());
    seen.add(as(admin, "admin").get(PATH).then().extract().asString());
    seen.addAll(logged);
    for (String person : List.of(ana, ben)) {
      String localPart = person.substring(0, person.indexOf('@')).toLowerCase(Locale.ROOT);
      assertThat(seen).noneMatch(text -> text.toLowerCase(Locale.ROOT).contains(localPart));
    }
    assertThat(eventsNaming(ana, ben)).isEqualTo(eventsBefore);
    // What the invitation keeps: that they answered, nothing else.
    assertThat(columns("pulse_invitations"))
        .containsExactlyInAnyOrder("pulse_id", "round", "person", "answered");
    assertThat(
            texts(
                "select person from pulse_invitations where pulse_id = ?::uuid and answered"
                    + " order by person",
                id))
        .containsExactly(ana, ben);
  }

  private List<String> columns(String table) {
    return texts(
        "select column_name::text from information_schema.columns where table_name = ?", table);
  }

  /** Events in the outbox that name either person (their invitations). */
  private long eventsNaming(String one, String other) {
    return Long.parseLong(
        texts(
                "select count(*)::text from outbox where payload like '%' || ? || '%'"
                    + " or payload like '%' || ? || '%'",
                one, other)
            .get(0));
  }

  private List<String> texts(String sql, String... parameters) {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
