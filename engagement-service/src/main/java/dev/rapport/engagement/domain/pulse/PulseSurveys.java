package dev.rapport.engagement.domain.pulse;

import dev.rapport.engagement.domain.TeamRoster;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Pulse surveys as leads and admins schedule them: a lead only for a team they lead (by the
 * roster), an admin for any team the roster knows. Once a round has opened, the team, the questions
 * and the first round's opening stay as they are (the answers are to those questions); the title,
 * the closing and the recurrence of later rounds may still change.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PulseSurveys {
  private final TeamRoster roster;
  private final Clock clock;

  PulseSurveys(TeamRoster roster, Clock clock) {
    this.roster = roster;
    this.clock = clock;
  }

  /** Schedules a new pulse survey; round 1 opens at its opensAt (at once when that is past). */
  public PulseSurvey create(PulseDefinition definition, Caller caller) {
    Instant now = clock.instant();
    String teamId = mayRun(definition.teamId(), caller);
    check(definition, now);
    PulseSurvey survey = new PulseSurvey();
    survey.id = UUID.randomUUID();
    survey.createdBy = caller.userName();
    survey.createdAt = now;
    apply(survey, teamId, definition, now);
    survey.scheduleRound(1);
    survey.persist();
    return survey;
  }

  /** Replaces what may still change (class javadoc); 412 on a stale If-Match. */
  public PulseSurvey replace(UUID id, PulseDefinition definition, String ifMatch, Caller caller) {
    PulseSurvey survey = get(id);
    requireRuns(survey.teamId, caller);
    ETags.checkIfMatch(ifMatch, survey.version);
    Instant now = clock.instant();
    String teamId = mayRun(definition.teamId(), caller);
    int opened = survey.nextRound - 1;
    if (opened > 0
        && (!teamId.equals(survey.teamId)
            || !definition.opensAt().equals(survey.opensAt)
            || !definition.statements().equals(survey.statements))) {
      throw ProblemException.conflict(
          "pulse-started",
          "Round 1 has opened: the team, opensAt and the statements can no longer change (the"
              + " answers are to them). Change the title, closesAt or recurrence only, or"
              + " schedule a new pulse survey.",
          Map.of("roundsOpened", opened));
    }
    check(definition, opened > 0 ? null : now);
    apply(survey, teamId, definition, now);
    survey.scheduleRound(opened + 1);
    Panache.getEntityManager().flush();
    return survey;
  }

  /** Deletes a pulse survey with its rounds, invitations and answers. */
  public void delete(UUID id, String ifMatch, Caller caller) {
    PulseSurvey survey = get(id);
    requireRuns(survey.teamId, caller);
    ETags.checkIfMatch(ifMatch, survey.version);
    survey.delete();
  }

  /** The survey, or 404. */
  @Transactional(TxType.SUPPORTS)
  public PulseSurvey get(UUID id) {
    return PulseSurvey.<PulseSurvey>findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Pulse survey", id.toString()));
  }

  /** Surveys by team, then id; only {@code teamId}'s when given. */
  @Transactional(TxType.SUPPORTS)
  public Page<PulseSurvey> list(Optional<String> teamId, String after, int limit) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    teamId.ifPresent(
        team -> {
          where.append(" and teamId = :team");
          parameters.put("team", TeamRoster.key(team));
        });
    if (after != null) {
      List<String> position = Cursor.decode(after, 2);
      where.append(" and (teamId > :afterTeam or (teamId = :afterTeam and id > :afterId))");
      parameters.put("afterTeam", Objects.requireNonNullElse(position.get(0), ""));
      parameters.put("afterId", uuid(position.get(1)));
    }
    List<PulseSurvey> rows =
        PulseSurvey.<PulseSurvey>find(where + " order by teamId, id", parameters)
            .page(0, limit + 1)
            .list();
    return Page.fromLookahead(rows, limit, s -> List.of(s.teamId, s.id.toString()));
  }

  /** Whether {@code caller} may schedule for, and read the results of, {@code teamId}. */
  @Transactional(TxType.SUPPORTS)
  public boolean runs(String teamId, Caller caller) {
    return caller.admin() || (caller.lead() && roster.leadsOf(teamId).contains(caller.userName()));
  }

  /** The team's stored id when {@code caller} runs it; 422 for a team the roster does not know. */
  private String mayRun(String teamId, Caller caller) {
    if (roster.teamName(teamId).isEmpty()) {
      throw ProblemException.unprocessable(
          "unknown-team",
          "No team '"
              + teamId
              + "' is known (teams come from rapport.people.v1, by the id tickets carry as"
              + " teamId).");
    }
    requireRuns(teamId, caller);
    return TeamRoster.key(teamId);
  }

  private void requireRuns(String teamId, Caller caller) {
    if (!runs(teamId, caller)) {
      throw ProblemException.forbidden(
          "Only a lead of team '" + teamId + "' or an admin may schedule its pulse surveys.");
    }
  }

  /** {@code now} null: round 1 has opened, its closing may lie in the past. */
  private static void check(PulseDefinition definition, Instant now) {
    if (!definition.closesAt().isAfter(definition.opensAt())) {
      throw invalid("closesAt", "must be after opensAt");
    }
    if (now != null && !definition.closesAt().isAfter(now)) {
      throw invalid("closesAt", "must be in the future");
    }
    Recurrence recurrence = definition.recurrence();
    if (recurrence.recurs()
        && definition.closesAt().isAfter(recurrence.shifted(definition.opensAt(), 2))) {
      throw invalid(
          "closesAt",
          "must be at most one " + recurrence + " period after opensAt (rounds overlap)");
    }
  }

  private static void apply(PulseSurvey s, String teamId, PulseDefinition d, Instant now) {
    s.teamId = teamId;
    s.title = d.title();
    s.opensAt = d.opensAt();
    s.closesAt = d.closesAt();
    s.recurrence = d.recurrence();
    s.statements = List.copyOf(d.statements());
    s.updatedAt = now;
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.badRequest(
        "invalid-schedule", field + " " + message, new FieldError(field, message));
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (RuntimeException e) {
      throw ProblemException.badRequest(
          Cursor.INVALID_CURSOR, "after is not a cursor of this list");
    }
  }
}
