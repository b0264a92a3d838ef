package dev.rapport.skills.domain;

import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.TicketDemand.Demand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads what {@link GapAnalysis} needs from the database and assesses each team requirement, per
 * team or across the organisation.
 *
 * <p>Holders are active members of the team at or above the requirement's minimum level. A team's
 * demand is the tickets routed to it (the ticket's teamId is the team's id or its display name);
 * the organisation's demand is every ticket.
 *
 * <p>Longer than a screen or two because the per-team and the organisation-wide assessment share
 * their loading queries.
 */
@ApplicationScoped
public class TeamGaps {
  private final EntityManager em;
  private final TicketDemand demand;
  private final Clock clock;

  TeamGaps(EntityManager em, TicketDemand demand, Clock clock) {
    this.em = em;
    this.demand = demand;
    this.clock = clock;
  }

  /** Someone who holds a skill at or above the level a requirement asks for. */
  public record Holder(UUID personId, String userName, String displayName, int level) {}

  /** One requirement of one team, assessed. */
  public record TeamGap(
      UUID teamId,
      String teamName,
      UUID skillId,
      String skillName,
      int minimumLevel,
      List<Holder> holders,
      Assessment assessment) {
    public GapSeverity severity() {
      return assessment.severity();
    }
  }

  /** One skill across every team that requires it, assessed, with the teams' own gaps. */
  public record OrgGap(
      UUID skillId,
      String skillName,
      int highestMinimumLevel,
      Assessment assessment,
      List<TeamGap> teams) {}

  /** Most serious first, then by skill name. */
  public static final Comparator<TeamGap> MOST_SERIOUS_FIRST =
      Comparator.comparingInt((TeamGap g) -> -g.assessment().score())
          .thenComparing(g -> g.skillName().toLowerCase(Locale.ROOT));

  /** Every requirement of these teams, assessed; per team, most serious first. */
  public List<TeamGap> ofTeams(Collection<UUID> teamIds, DemandWindow window) {
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return assess(Optional.of(teamIds), window);
  }

  /** Each skill any team requires, summed over the teams, most serious first. */
  @SuppressWarnings("unchecked")
  public List<OrgGap> acrossTeams(DemandWindow window) {
    List<TeamGap> all = assess(Optional.empty(), window);
    Map<UUID, List<TeamGap>> bySkill = new LinkedHashMap<>();
    all.forEach(g -> bySkill.computeIfAbsent(g.skillId(), k -> new ArrayList<>()).add(g));
    // Organisation-wide bus factor: distinct active people, in any team, at or above the highest
    // minimum level any team asks for.
    Map<UUID, Integer> holders = new HashMap<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "with required as (select skill_id, max(minimum_level) as level"
                        + " from team_requirements group by skill_id)"
                        + " select r.skill_id, count(p.id) from required r"
                        + " left join person_skills ps on ps.skill_id = r.skill_id"
                        + " and ps.level >= r.level"
                        + " left join people p on p.id = ps.person_id and p.active"
                        + " group by r.skill_id")
                .getResultList()) {
      holders.put((UUID) row[0], ((Number) row[1]).intValue());
    }
    Map<UUID, Demand> orgDemand = demand.bySkill(Optional.empty(), window.since(clock));
    List<OrgGap> gaps = new ArrayList<>();
    for (var entry : bySkill.entrySet()) {
      List<TeamGap> teams = new ArrayList<>(entry.getValue());
      teams.sort(MOST_SERIOUS_FIRST.thenComparing(g -> g.teamName().toLowerCase(Locale.ROOT)));
      int needed = teams.stream().mapToInt(g -> g.assessment().needed()).sum();
      int had = teams.stream().mapToInt(g -> g.assessment().had()).sum();
      int gap = teams.stream().mapToInt(g -> g.assessment().gap()).sum();
      Demand skillDemand = orgDemand.getOrDefault(entry.getKey(), Demand.NONE);
      gaps.add(
          new OrgGap(
              entry.getKey(),
              teams.get(0).skillName(),
              teams.stream().mapToInt(TeamGap::minimumLevel).max().orElseThrow(),
              GapAnalysis.assess(
                  needed,
                  had,
                  gap,
                  holders.getOrDefault(entry.getKey(), 0),
                  skillDemand.tickets(),
                  skillDemand.unmet(),
                  window.describe()),
              List.copyOf(teams)));
    }
    gaps.sort(
        Comparator.comparingInt((OrgGap g) -> -g.assessment().score())
            .thenComparing(g -> g.skillName().toLowerCase(Locale.ROOT)));
    return gaps;
  }

  /**
   * Demand for a team's skills: tickets whose teamId is the team's id or its display name.
   * TicketDemand matches one value exactly, so both are asked and added (a ticket has one teamId).
   */
  public Map<UUID, Demand> teamDemand(UUID teamId, String teamName, Instant since) {
    return teamsDemand(Map.of(teamId, teamName == null ? teamId.toString() : teamName), since)
        .getOrDefault(teamId, Map.of());
  }

  /** {@link #teamDemand} for several teams (id → display name) in one query. */
  private Map<UUID, Map<UUID, Demand>> teamsDemand(Map<UUID, String> teams, Instant since) {
    Set<String> keys = new HashSet<>();
    teams.forEach(
        (id, name) -> {
          keys.add(id.toString());
          keys.add(name);
        });
    Map<String, Map<UUID, Demand>> byKey = demand.byTeamAndSkill(keys, since);
    Map<UUID, Map<UUID, Demand>> byTeam = new HashMap<>();
    teams.forEach(
        (id, name) -> {
          Map<UUID, Demand> merged = new HashMap<>(byKey.getOrDefault(id.toString(), Map.of()));
          if (!name.equals(id.toString())) {
            byKey
                .getOrDefault(name, Map.of())
                .forEach(
                    (skill, d) ->
                        merged.merge(
                            skill,
                            d,
                            (a, b) ->
                                new Demand(a.tickets() + b.tickets(), a.unmet() + b.unmet())));
          }
          byTeam.put(id, merged);
        });
    return byTeam;
  }

  /** Active members of a team holding a skill at or above {@code level}. */
  public List<Holder> holders(UUID teamId, UUID skillId, int level) {
    return holderRows(
            "select m.team_id, ps.skill_id, p.id, p.user_name, "
                + Person.NAME_TO_SHOW_SQL
                + ", ps.level"
                + " from team_members m join people p on p.id = m.person_id and p.active"
                + " join person_skills ps on ps.person_id = p.id"
                + " where m.team_id = ?1 and ps.skill_id = ?2 and ps.level >= ?3"
                + " order by ps.level desc, lower(p.user_name)",
            teamId,
            skillId,
            level)
        .getOrDefault(new Pair(teamId, skillId), List.of());
  }

  private record Pair(UUID teamId, UUID skillId) {}

  @SuppressWarnings("unchecked")
  private List<TeamGap> assess(Optional<Collection<UUID>> teamIds, DemandWindow window) {
    String onlyTeams = teamIds.isPresent() ? " where r.team_id in (?1)" : "";
    var requirementQuery =
        em.createNativeQuery(
            "select r.team_id, t.display_name, r.skill_id, s.name, r.minimum_level, r.headcount"
                + " from team_requirements r join teams t on t.id = r.team_id"
                + " join skills s on s.id = r.skill_id"
                + onlyTeams);
    teamIds.ifPresent(ids -> requirementQuery.setParameter(1, ids));
    List<Object[]> requirements = requirementQuery.getResultList();
    if (requirements.isEmpty()) {
      return List.of();
    }
    Map<Pair, List<Holder>> holders =
        teamIds.isPresent()
            ? holderRows(holdersSql(onlyTeams), teamIds.get())
            : holderRows(holdersSql(onlyTeams));
    Map<UUID, String> teamNames = new HashMap<>();
    for (Object[] row : requirements) {
      teamNames.put((UUID) row[0], (String) row[1]);
    }
    Map<UUID, Map<UUID, Demand>> demandByTeam = teamsDemand(teamNames, window.since(clock));
    List<TeamGap> gaps = new ArrayList<>(requirements.size());
    for (Object[] row : requirements) {
      UUID teamId = (UUID) row[0];
      String teamName = (String) row[1];
      UUID skillId = (UUID) row[2];
      int minimumLevel = ((Number) row[4]).intValue();
      int headcount = ((Number) row[5]).intValue();
      List<Holder> teamHolders = holders.getOrDefault(new Pair(teamId, skillId), List.of());
      Demand skillDemand =
          demandByTeam.getOrDefault(teamId, Map.of()).getOrDefault(skillId, Demand.NONE);
      gaps.add(
          new TeamGap(
              teamId,
              teamName,
              skillId,
              (String) row[3],
              minimumLevel,
              teamHolders,
              GapAnalysis.ofTeam(
                  headcount,
                  teamHolders.size(),
                  skillDemand.tickets(),
                  skillDemand.unmet(),
                  window.describe())));
    }
    gaps.sort(
        Comparator.comparing((TeamGap g) -> g.teamName().toLowerCase(Locale.ROOT))
            .thenComparing(TeamGap::teamId)
            .thenComparing(MOST_SERIOUS_FIRST));
    return gaps;
  }

  private static String holdersSql(String onlyTeams) {
    return "select m.team_id, r.skill_id, p.id, p.user_name, "
        + Person.NAME_TO_SHOW_SQL
        + ", ps.level"
        + " from team_requirements r join team_members m on m.team_id = r.team_id"
        + " join people p on p.id = m.person_id and p.active"
        + " join person_skills ps on ps.person_id = p.id and ps.skill_id = r.skill_id"
        + " and ps.level >= r.minimum_level"
        + onlyTeams
        + " order by ps.level desc, lower(p.user_name)";
  }

  @SuppressWarnings("unchecked")
  private Map<Pair, List<Holder>> holderRows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    Map<Pair, List<Holder>> holders = new HashMap<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      holders
          .computeIfAbsent(new Pair((UUID) row[0], (UUID) row[1]), k -> new ArrayList<>())
          .add(
              new Holder(
                  (UUID) row[2], (String) row[3], (String) row[4], ((Number) row[5]).intValue()));
    }
    return holders;
  }
}
