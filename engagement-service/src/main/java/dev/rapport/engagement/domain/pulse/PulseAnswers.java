package dev.rapport.engagement.domain.pulse;

import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A member's answer to the open round of a pulse survey, anonymous by construction: in one
 * transaction their invitation only flips to answered, and the answer is stored with its survey and
 * round alone (no person, no time, a random id). Nothing here logs, publishes or answers anything
 * that ties the two together. Once per round; only invited members; only while the round is open.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PulseAnswers {

  /**
   * An answer as the member gave it (sizes checked).
   *
   * @param enps 0 to 10
   * @param scores 1 to 5, one per statement, in the survey's order
   * @param comment free text, or null
   */
  public record Answer(int enps, List<Integer> scores, String comment) {}

  private final PulseSurveys surveys;
  private final Clock clock;

  PulseAnswers(PulseSurveys surveys, Clock clock) {
    this.surveys = surveys;
    this.clock = clock;
  }

  /** Records {@code answer} from {@code caller} for the round of the survey open now. */
  public void answer(UUID pulseId, Answer answer, Caller caller) {
    PulseSurvey survey = surveys.get(pulseId);
    if (answer.scores().size() != survey.statements.size()) {
      String message = "must hold one score (1 to 5) per statement: " + survey.statements.size();
      throw ProblemException.badRequest(
          "invalid-answer", "scores " + message, new FieldError("scores", message));
    }
    @SuppressWarnings("unchecked")
    List<Integer> open =
        Panache.getEntityManager()
            .createNativeQuery(
                "select round from pulse_rounds where pulse_id = :pulse"
                    + " and opens_at <= :now and closes_at > :now order by round desc limit 1",
                Integer.class)
            .setParameter("pulse", pulseId)
            .setParameter("now", clock.instant())
            .getResultList();
    if (open.isEmpty()) {
      throw ProblemException.conflict(
          "round-closed", "No round of this pulse survey is open for answers now.", Map.of());
    }
    int round = open.get(0);
    int flipped =
        invitations(
                "update pulse_invitations set answered = true"
                    + " where pulse_id = :pulse and round = :round and person = :person"
                    + " and not answered",
                pulseId,
                round,
                caller)
            .executeUpdate();
    if (flipped == 0) {
      boolean invited =
          ((Number)
                      invitations(
                              "select count(*) from pulse_invitations where pulse_id = :pulse"
                                  + " and round = :round and person = :person",
                              pulseId,
                              round,
                              caller)
                          .getSingleResult())
                  .longValue()
              > 0;
      if (invited) {
        throw ProblemException.conflict(
            "already-answered", "You have answered round " + round + " already.", Map.of());
      }
      throw ProblemException.forbidden(
          "Only the members of the team invited to round " + round + " may answer it.");
    }
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into pulse_answers (pulse_id, round, enps, scores, comment)"
                + " values (:pulse, :round, :enps, cast(:scores as smallint[]), :comment)")
        .setParameter("pulse", pulseId)
        .setParameter("round", round)
        .setParameter("enps", answer.enps())
        .setParameter(
            "scores",
            answer.scores().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}")))
        .setParameter("comment", blankToNull(answer.comment()))
        .executeUpdate();
  }

  private static jakarta.persistence.Query invitations(
      String sql, UUID pulseId, int round, Caller caller) {
    return Panache.getEntityManager()
        .createNativeQuery(sql)
        .setParameter("pulse", pulseId)
        .setParameter("round", round)
        .setParameter("person", caller.userName());
  }

  private static String blankToNull(String comment) {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }
}
