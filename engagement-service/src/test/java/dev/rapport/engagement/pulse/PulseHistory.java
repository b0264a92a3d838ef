package dev.rapport.engagement.pulse;

import dev.rapport.engagement.TestClock;
import dev.rapport.engagement.domain.pulse.PulseRounds;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Past pulse rounds made through the real API, for the tests of the metrics and the chain: the
 * team's lead schedules a one-round survey, the round opens as the schedule opens it, members
 * answer with their own JWT, and the service's clock moves past its close. The test resets the
 * clock when done.
 */
public final class PulseHistory {
  /** How long each round is open. */
  public static final Duration OPEN = Duration.ofDays(1);

  /**
   * One member's answer.
   *
   * @param enps 0 to 10
   * @param scores 1 to 5, one per statement of the survey
   */
  public record Answer(int enps, List<Integer> scores) {}

  private final TestClock clock;
  private final PulseRounds rounds;

  public PulseHistory(TestClock clock, PulseRounds rounds) {
    this.clock = clock;
    this.rounds = rounds;
  }

  /**
   * A round of {@code team} open from {@code opensAt} for {@link #OPEN}, answered by its first
   * {@code answers.size()} members; leaves the clock at the round's close (closed) unless {@code
   * close} is false (an hour after it opened). Answers the survey's id.
   */
  public String round(
      TestTeam team, Instant opensAt, List<Answer> answers, boolean close, String... statements) {
    clock.set(opensAt);
    String id =
        Pulses.scheduled(
            team, Pulses.survey(team.id(), opensAt, opensAt.plus(OPEN), "NONE", statements));
    Pulses.openDue(rounds);
    clock.set(opensAt.plus(Duration.ofHours(1)));
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      Pulses.answer(team.members().get(i), id, answer.enps(), answer.scores(), null)
          .statusCode(204);
    }
    if (close) {
      clock.set(opensAt.plus(OPEN));
    }
    return id;
  }

  /** {@code enps} answers without statement scores. */
  public static List<Answer> enps(int... enps) {
    return Arrays.stream(enps).mapToObj(e -> new Answer(e, List.of())).toList();
  }
}
