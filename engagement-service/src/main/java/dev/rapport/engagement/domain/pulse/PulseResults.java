package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.config.PulseConfig;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A round's results, for the team's leads and admins, only when at least {@code
 * rapport.engagement.pulse.min-group} members answered (never fewer than 3): below that bar the
 * round says it is hidden and how many answers are still needed, and no figure at all. Comments
 * come only above the same bar, shuffled.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PulseResults {
  private static final SecureRandom SHUFFLE = new SecureRandom();

  /**
   * One statement's answers: the average (two decimals) and how many gave each score 1 to 5.
   *
   * @param distribution five counts, for scores 1 to 5
   */
  public record Statement(String text, double average, List<Integer> distribution) {}

  /** Which round of which survey, and when it is open. */
  public record Window(
      UUID pulse, String teamId, int round, Instant opensAt, Instant closesAt, boolean open) {}

  /**
   * A round's results. When {@code hidden}: {@code needed} answers more are needed, and {@code
   * invited}, {@code answered}, {@code enps}, {@code statements} and {@code comments} are null.
   */
  public record Round(
      Window window,
      int minGroup,
      boolean hidden,
      Integer needed,
      Integer invited,
      Integer answered,
      Enps enps,
      List<Statement> statements,
      List<String> comments) {}

  private final PulseSurveys surveys;
  private final PulseConfig config;
  private final Clock clock;

  PulseResults(PulseSurveys surveys, PulseConfig config, Clock clock) {
    this.surveys = surveys;
    this.config = config;
    this.clock = clock;
  }

  /** Round {@code round}'s results, or the latest opened round's when null. */
  public Round of(UUID pulseId, Integer round, Caller caller) {
    PulseSurvey survey = surveys.get(pulseId);
    if (!surveys.runs(survey.teamId, caller)) {
      throw ProblemException.forbidden(
          "Only a lead of team '" + survey.teamId + "' or an admin may see its pulse results.");
    }
    Object[] found =
        rows(
                "select round, opens_at, closes_at from pulse_rounds where pulse_id = :pulse"
                    + (round == null ? "" : " and round = :round")
                    + " order by round desc limit 1",
                pulseId,
                round)
            .stream()
            .findFirst()
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Round of pulse survey " + pulseId,
                        round == null ? "(none opened yet)" : round.toString()));
    int number = ((Number) found[0]).intValue();
    Instant closesAt = TeamEnps.instant(found[2]);
    Window window =
        new Window(
            pulseId,
            survey.teamId,
            number,
            TeamEnps.instant(found[1]),
            closesAt,
            closesAt.isAfter(clock.instant()));
    List<Object[]> answers =
        rows(
            "select enps, array_to_string(scores, ','), comment from pulse_answers"
                + " where pulse_id = :pulse and round = :round order by id",
            pulseId,
            number);
    int bar = config.minGroup();
    if (answers.size() < bar) {
      return new Round(window, bar, true, bar - answers.size(), null, null, null, null, null);
    }
    long invited =
        ((Number)
                query(
                        "select count(*) from pulse_invitations where pulse_id = :pulse"
                            + " and round = :round",
                        pulseId,
                        number)
                    .getSingleResult())
            .longValue();
    List<Integer> enps = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    int[][] counts = new int[survey.statements.size()][5];
    for (Object[] answer : answers) {
      enps.add(((Number) answer[0]).intValue());
      String scores = (String) answer[1];
      String[] each = scores.isEmpty() ? new String[0] : scores.split(",");
      for (int i = 0; i < each.length && i < counts.length; i++) {
        counts[i][Integer.parseInt(each[i]) - 1]++;
      }
      if (answer[2] != null) {
        comments.add((String) answer[2]);
      }
    }
    Collections.shuffle(comments, SHUFFLE);
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      statements.add(statement(survey.statements.get(i), counts[i]));
    }
    return new Round(
        window,
        bar,
        false,
        null,
        (int) invited,
        answers.size(),
        Enps.of(enps),
        statements,
        comments);
  }

  private static Statement statement(String text, int[] counts) {
    int total = Arrays.stream(counts).sum();
    int sum = 0;
    for (int score = 1; score <= 5; score++) {
      sum += score * counts[score - 1];
    }
    double average = total == 0 ? 0 : Math.round(100.0 * sum / total) / 100.0;
    return new Statement(text, average, Arrays.stream(counts).boxed().toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(String sql, UUID pulseId, Integer round) {
    return query(sql, pulseId, round).getResultList();
  }

  private static jakarta.persistence.Query query(String sql, UUID pulseId, Integer round) {
    var query = Panache.getEntityManager().createNativeQuery(sql).setParameter("pulse", pulseId);
    return round == null ? query : query.setParameter("round", round);
  }
}
