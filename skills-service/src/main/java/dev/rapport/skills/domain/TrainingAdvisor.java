package dev.rapport.skills.domain;

import dev.rapport.skills.domain.TeamGaps.Holder;
import dev.rapport.skills.domain.TeamGaps.TeamGap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whom to train in what to close a team's gaps.
 *
 * <p>For each of the team's gaps with a severity other than NONE, most serious first: the
 * candidates are active members below the minimum level with no open plan in the skill, preferring
 * fewest levels to go, then most tickets resolved needing the skill in the window (evidence of
 * practice), then fewest open tickets, then userName. As many are recommended as close the gap: the
 * missing headcount, or one more holder when the only gap is a single point of failure, less
 * members whose open plan already aims at the minimum level. The suggested mentor is the member
 * holding the skill at the highest level, at or above the minimum, with the fewest open tickets.
 *
 * <p>Longer than a screen or two because the ranking is one rule whose queries and tie-breaks read
 * best together.
 */
@ApplicationScoped
public class TrainingAdvisor {
  private final EntityManager em;
  private final TeamGaps teamGaps;
  private final Workload workload;
  private final Clock clock;

  TrainingAdvisor(EntityManager em, TeamGaps teamGaps, Workload workload, Clock clock) {
    this.em = em;
    this.teamGaps = teamGaps;
    this.workload = workload;
    this.clock = clock;
  }

  /** A member worth training, and why in plain language. */
  public record Candidate(
      UUID personId,
      String userName,
      String displayName,
      int currentLevel,
      int targetLevel,
      int levelsToGo,
      int resolvedTickets,
      int openTickets,
      List<String> reasons) {}

  /** A member who holds the skill at level and could coach the candidates. */
  public record Mentor(
      UUID personId, String userName, String displayName, int level, int openTickets) {}

  /** One gap and whom to train for it. */
  public record Recommendation(
      TeamGap gap,
      int toTrain,
      int alreadyInTraining,
      List<Candidate> candidates,
      int moreCandidates,
      Mentor mentor,
      String summary) {}

  private record Member(UUID id, String userName, String displayName) {}

  public List<Recommendation> forTeam(Team team, DemandWindow window) {
    List<TeamGap> gaps =
        teamGaps.ofTeams(Set.of(team.id), window).stream()
            .filter(g -> g.severity() != GapSeverity.NONE)
            .sorted(TeamGaps.MOST_SERIOUS_FIRST)
            .toList();
    if (gaps.isEmpty()) {
      return List.of();
    }
    List<Member> members = activeMembers(team.id);
    Map<String, Integer> load =
        workload.openTickets(members.stream().map(Member::userName).toList());
    List<UUID> memberIds = members.stream().map(Member::id).toList();
    Instant since = window.since(clock);
    List<Recommendation> recommendations = new ArrayList<>();
    for (TeamGap gap : gaps) {
      Map<UUID, Integer> levels = levels(gap.skillId(), memberIds);
      Map<UUID, Integer> plannedTargets = openPlanTargets(gap.skillId(), memberIds);
      Map<UUID, Integer> evidence = workload.resolvedWithSkill(gap.skillId(), memberIds, since);
      int alreadyInTraining =
          (int)
              plannedTargets.entrySet().stream()
                  .filter(e -> e.getValue() >= gap.minimumLevel())
                  .filter(e -> levels.getOrDefault(e.getKey(), 0) < gap.minimumLevel())
                  .count();
      int wanted =
          gap.assessment().gap() > 0
              ? gap.assessment().gap()
              : gap.assessment().singlePointOfFailure() ? 1 : 0;
      int toTrain = Math.max(0, wanted - alreadyInTraining);
      List<Candidate> all = new ArrayList<>();
      for (Member member : members) {
        int level = levels.getOrDefault(member.id(), 0);
        if (level >= gap.minimumLevel() || plannedTargets.containsKey(member.id())) {
          continue;
        }
        int resolved = evidence.getOrDefault(member.id(), 0);
        int open = load.getOrDefault(member.userName().toLowerCase(Locale.ROOT), 0);
        all.add(
            new Candidate(
                member.id(),
                member.userName(),
                member.displayName(),
                level,
                gap.minimumLevel(),
                gap.minimumLevel() - level,
                resolved,
                open,
                reasons(level, gap.minimumLevel(), resolved, open, window)));
      }
      all.sort(
          Comparator.comparingInt(Candidate::levelsToGo)
              .thenComparing(Comparator.comparingInt(Candidate::resolvedTickets).reversed())
              .thenComparingInt(Candidate::openTickets)
              .thenComparing(c -> c.userName().toLowerCase(Locale.ROOT)));
      List<Candidate> chosen = List.copyOf(all.subList(0, Math.min(toTrain, all.size())));
      Mentor mentor = mentor(gap.holders(), load);
      recommendations.add(
          new Recommendation(
              gap,
              toTrain,
              alreadyInTraining,
              chosen,
              all.size() - chosen.size(),
              mentor,
              summary(gap, wanted, alreadyInTraining, toTrain, chosen.size(), mentor)));
    }
    return recommendations;
  }

  static List<String> reasons(
      int level, int minimumLevel, int resolved, int openTickets, DemandWindow window) {
    List<String> reasons = new ArrayList<>(3);
    int toGo = minimumLevel - level;
    String levels = toGo == 1 ? "one level to go" : toGo + " levels to go";
    reasons.add(
        level == 0
            ? "no level in it yet, " + minimumLevel + " needed: " + levels
            : "at level " + level + " of the " + minimumLevel + " needed: " + levels);
    reasons.add(
        resolved == 0
            ? "resolved no tickets needing it in " + window.describe()
            : "resolved "
                + resolved
                + (resolved == 1 ? " ticket" : " tickets")
                + " needing it in "
                + window.describe());
    reasons.add(
        openTickets == 0
            ? "no open tickets"
            : openTickets + (openTickets == 1 ? " open ticket" : " open tickets"));
    return List.copyOf(reasons);
  }

  private static Mentor mentor(List<Holder> holders, Map<String, Integer> load) {
    return holders.stream()
        .map(
            h ->
                new Mentor(
                    h.personId(),
                    h.userName(),
                    h.displayName(),
                    h.level(),
                    load.getOrDefault(h.userName().toLowerCase(Locale.ROOT), 0)))
        .min(
            Comparator.comparingInt((Mentor m) -> -m.level())
                .thenComparingInt(Mentor::openTickets)
                .thenComparing(m -> m.userName().toLowerCase(Locale.ROOT)))
        .orElse(null);
  }

  private static String summary(
      TeamGap gap, int wanted, int alreadyInTraining, int toTrain, int chosen, Mentor mentor) {
    StringBuilder text = new StringBuilder();
    text.append(gap.severity())
        .append(" gap in ")
        .append(gap.skillName())
        .append(" at level ")
        .append(gap.minimumLevel())
        .append(": ");
    if (gap.assessment().gap() > 0) {
      text.append(gap.assessment().had())
          .append(" of ")
          .append(gap.assessment().needed())
          .append(" needed hold it");
    } else {
      text.append("only one person holds it");
    }
    text.append("; ").append(wanted).append(wanted == 1 ? " more holder" : " more holders");
    if (alreadyInTraining > 0) {
      text.append(", ").append(alreadyInTraining).append(" already in training");
    }
    if (toTrain == 0) {
      text.append(": nobody else to train");
    } else {
      text.append(": train ").append(chosen);
      if (chosen < toTrain) {
        text.append(" (only ").append(chosen).append(" member(s) below the level to train)");
      }
    }
    if (mentor != null) {
      text.append("; mentor: ")
          .append(mentor.displayName() == null ? mentor.userName() : mentor.displayName())
          .append(" (level ")
          .append(mentor.level())
          .append(")");
    }
    return text.append('.').toString();
  }

  @SuppressWarnings("unchecked")
  private List<Member> activeMembers(UUID teamId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, p.user_name, "
                    + Person.NAME_TO_SHOW_SQL
                    + " from team_members m"
                    + " join people p on p.id = m.person_id and p.active where m.team_id = ?1")
            .setParameter(1, teamId)
            .getResultList();
    return rows.stream().map(r -> new Member((UUID) r[0], (String) r[1], (String) r[2])).toList();
  }

  private static Map<UUID, Integer> levels(UUID skillId, List<UUID> personIds) {
    Map<UUID, Integer> levels = new HashMap<>();
    if (!personIds.isEmpty()) {
      PersonSkill.<PersonSkill>list("skillId = ?1 and personId in ?2", skillId, personIds)
          .forEach(s -> levels.put(s.personId, s.level));
    }
    return levels;
  }

  private static Map<UUID, Integer> openPlanTargets(UUID skillId, List<UUID> personIds) {
    Map<UUID, Integer> targets = new HashMap<>();
    if (!personIds.isEmpty()) {
      TrainingPlan.<TrainingPlan>list(
              "skillId = ?1 and personId in ?2 and status in ?3",
              skillId,
              personIds,
              List.of(TrainingStatus.ASSIGNED, TrainingStatus.IN_PROGRESS))
          .forEach(p -> targets.put(p.personId, p.targetLevel));
    }
    return targets;
  }
}
