package dev.rapport.skills.domain;

import dev.rapport.skills.config.RecommendationConfig;
import dev.rapport.skills.domain.AssigneeScoring.Candidate;
import dev.rapport.skills.domain.AssigneeScoring.Need;
import dev.rapport.skills.domain.AssigneeScoring.Score;
import dev.rapport.skills.domain.AssigneeScoring.StretchPairing;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the facts for an assignee recommendation (who holds the requested skills, who is away,
 * open load, evidence of practice) and ranks with {@link AssigneeScoring}. Candidates are active
 * people, members of the team when one is given, who hold at least one requested skill at any
 * level; those unavailable now are listed apart with why, not ranked.
 */
@ApplicationScoped
public class Recommendations {
  /** {@code name:level}; a name may itself contain colons, the level is the last part. */
  private static final Pattern WITH_LEVEL = Pattern.compile("^(.*):\\s*(\\d+)\\s*$");

  private static final Pattern PRIORITY = Pattern.compile("^P[1-4]$");

  /** Someone who would qualify but is away now. */
  public record Away(Person person, Unavailability period) {}

  /**
   * The answer.
   *
   * @param ranked the best {@code limit} available candidates, best first
   * @param nextAway for ranked people with a period ahead of them: the next one
   */
  public record Result(
      List<Need> needs,
      Optional<Team> team,
      String priority,
      List<Score> ranked,
      Map<UUID, Person> people,
      Map<UUID, Unavailability> nextAway,
      List<Away> unavailable,
      Optional<StretchPairing> stretchPairing,
      String scoring) {}

  private final RecommendationConfig config;
  private final Availability availability;
  private final Workload workload;
  private final Clock clock;

  Recommendations(
      RecommendationConfig config, Availability availability, Workload workload, Clock clock) {
    this.config = config;
    this.availability = availability;
    this.workload = workload;
    this.clock = clock;
  }

  /**
   * The needs named by {@code skills}: each item a catalogue id or name, optionally {@code :level}
   * (1–5, default {@link RecommendationConfig#defaultLevel()}); items may also be comma-separated.
   * A skill named twice needs the higher level.
   */
  public List<Need> needs(List<String> skills) {
    Map<UUID, Need> needs = new LinkedHashMap<>();
    for (String param : skills == null ? List.<String>of() : skills) {
      for (String item : param.split(",")) {
        if (item.isBlank()) {
          continue;
        }
        String ref = item.trim();
        int level = config.defaultLevel();
        Matcher withLevel = WITH_LEVEL.matcher(ref);
        if (withLevel.matches()) {
          ref = withLevel.group(1).trim();
          level = parseLevel(withLevel.group(2), item.trim());
        }
        String named = ref;
        Skill skill =
            Skill.byReference(named)
                .orElseThrow(
                    () ->
                        new ProblemException(
                            400,
                            "unknown-skill",
                            "Bad request",
                            "No skill '" + named + "' in the catalogue (by id or name)",
                            Map.of("skill", named)));
        int needed = level;
        needs.merge(
            skill.id,
            new Need(skill.id, skill.name, needed),
            (a, b) -> a.level() >= b.level() ? a : b);
      }
    }
    if (needs.isEmpty()) {
      throw ProblemException.badRequest(
          "missing-skills",
          "Name at least one skill: skills=<id or name>[:level],... e.g. skills=kubernetes:4,dns");
    }
    return List.copyOf(needs.values());
  }

  /** The team by id or display name (without regard to case). */
  public Team team(String ref) {
    return Team.byReference(ref)
        .orElseThrow(
            () ->
                new ProblemException(
                    400,
                    "unknown-team",
                    "Bad request",
                    "No team '" + ref + "' (by id or display name)",
                    Map.of("team", ref)));
  }

  /** P1–P4 (any case); P3 when none is given. */
  public static String priority(String priority) {
    if (priority == null || priority.isBlank()) {
      return "P3";
    }
    String p = priority.trim().toUpperCase(Locale.ROOT);
    if (!PRIORITY.matcher(p).matches()) {
      throw ProblemException.badRequest(
          "invalid-priority", "priority must be one of P1, P2, P3, P4, not '" + priority + "'");
    }
    return p;
  }

  /** Ranks the candidates for {@code needs}. */
  public Result recommend(List<Need> needs, Optional<Team> team, String priority, int limit) {
    Instant now = clock.instant();
    Map<UUID, Person> people = new LinkedHashMap<>();
    Map<UUID, Map<UUID, Integer>> levels = new HashMap<>();
    for (Object[] row : holders(needs, team)) {
      Person person = (Person) row[0];
      PersonSkill held = (PersonSkill) row[1];
      people.putIfAbsent(person.id, person);
      levels.computeIfAbsent(person.id, id -> new HashMap<>()).put(held.skillId, held.level);
    }

    Map<UUID, Unavailability> away = availability.awayAt(people.keySet(), now);
    List<Away> unavailable =
        away.entrySet().stream()
            .map(e -> new Away(people.get(e.getKey()), e.getValue()))
            .sorted(Comparator.comparing(a -> a.person().userName.toLowerCase(Locale.ROOT)))
            .toList();
    List<UUID> available = people.keySet().stream().filter(id -> !away.containsKey(id)).toList();

    Map<String, Integer> load =
        workload.openTickets(available.stream().map(id -> people.get(id).userName).toList());
    Instant evidenceSince = now.minus(config.evidenceWindow());
    Map<UUID, Map<UUID, Integer>> resolved = new HashMap<>();
    for (Need need : needs) {
      workload
          .resolvedWithSkill(need.skillId(), available, evidenceSince)
          .forEach(
              (personId, count) ->
                  resolved
                      .computeIfAbsent(personId, id -> new HashMap<>())
                      .put(need.skillId(), count));
    }

    List<Candidate> candidates = new ArrayList<>(available.size());
    for (UUID id : available) {
      Person person = people.get(id);
      candidates.add(
          new Candidate(
              id,
              person.userName,
              person.nameToShow(),
              levels.get(id),
              resolved.getOrDefault(id, Map.of()),
              load.getOrDefault(person.userName.toLowerCase(Locale.ROOT), 0)));
    }
    AssigneeScoring scoring = new AssigneeScoring(config.maxLoad(), config.evidenceCap());
    List<Score> ranked = scoring.rank(needs, candidates, priority);
    List<Score> best = ranked.subList(0, Math.min(limit, ranked.size()));
    Map<UUID, Unavailability> nextAway =
        availability.nextAway(best.stream().map(s -> s.candidate().personId()).toList(), now);
    return new Result(
        needs,
        team,
        priority,
        best,
        people,
        nextAway,
        unavailable,
        scoring.stretchPairing(needs, ranked, priority),
        scoring.describe());
  }

  /** Active people (of the team, when given) with their levels in the requested skills. */
  private static List<Object[]> holders(List<Need> needs, Optional<Team> team) {
    String jpql =
        "select p, ps from Person p, PersonSkill ps where ps.personId = p.id and p.active"
            + " and ps.skillId in ?1"
            + (team.isPresent()
                ? " and p.id in (select m.id from Team t join t.members m where t.id = ?2)"
                : "");
    var query =
        Panache.getEntityManager()
            .createQuery(jpql, Object[].class)
            .setParameter(1, needs.stream().map(Need::skillId).toList());
    team.ifPresent(t -> query.setParameter(2, t.id));
    return query.getResultList();
  }

  private static int parseLevel(String digits, String item) {
    int level;
    try {
      level = Integer.parseInt(digits);
    } catch (NumberFormatException tooLong) {
      level = -1;
    }
    if (level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX) {
      throw new ProblemException(
          400,
          "invalid-skill-level",
          "Bad request",
          "The level in '" + item + "' must be 1 to 5",
          Map.of("skill", item));
    }
    return level;
  }
}
