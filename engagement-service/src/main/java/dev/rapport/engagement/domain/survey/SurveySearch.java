package dev.rapport.engagement.domain.survey;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's own surveys, newest first, keyset-paginated. Without a status filter: every survey
 * they were asked (PENDING, ANSWERED, CANCELLED, EXPIRED); SKIPPED ones (not asked, with why) only
 * when asked for.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SurveySearch {
  private static final List<SurveyStatus> ASKED =
      List.of(
          SurveyStatus.PENDING,
          SurveyStatus.ANSWERED,
          SurveyStatus.CANCELLED,
          SurveyStatus.EXPIRED);

  /** The caller's survey {@code id}; someone else's is a 404, as one that does not exist. */
  public Survey own(UUID id, Caller caller) {
    Survey survey = Survey.findById(id);
    if (survey == null
        || survey.status == SurveyStatus.SKIPPED
        || !survey.requester.equals(caller.userName())) {
      throw ProblemException.notFound("Survey", id.toString());
    }
    return survey;
  }

  /** A page of the caller's surveys in {@code statuses} (empty: all they were asked). */
  public Page<Survey> mine(Caller caller, List<SurveyStatus> statuses, String after, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("requester", caller.userName());
    parameters.put("statuses", statuses.isEmpty() ? ASKED : statuses);
    StringBuilder where = new StringBuilder("requester = :requester and status in :statuses");
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      where
          .append(" and ")
          .append(
              Keyset.after(
                  List.of("requestedAt", "id"),
                  List.of(position.at(), position.id()),
                  true,
                  parameters));
    }
    List<Survey> rows =
        Survey.<Survey>find(where + " order by requestedAt desc, id desc", parameters)
            .range(0, limit)
            .list();
    return Page.fromLookahead(rows, limit, s -> List.of(s.requestedAt.toString(), s.id.toString()));
  }
}
