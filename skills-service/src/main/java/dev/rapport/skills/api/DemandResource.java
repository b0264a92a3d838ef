package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TicketDemand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/demand")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand", description = "Skills that tickets need, met and unmet")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class DemandResource {
  private final TicketDemand demand;
  private final DemandConfig config;
  private final Clock clock;

  DemandResource(TicketDemand demand, DemandConfig config, Clock clock) {
    this.demand = demand;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Demand for skills seen in tickets",
      description =
          "Per skill a ticket named (catalogue id or name), the tickets opened in the window that"
              + " need it and how many of those were unmet: opened when no active person who was"
              + " not unavailable held the skill at the capable level (default 2, working). Names"
              + " the catalogue does not know are included with inCatalogue false. Sorted by"
              + " demand, then unmet demand.")
  @APIResponse(responseCode = "400", description = "window is not a positive ISO-8601 duration")
  @APIResponse(responseCode = "200", description = "Demand per skill in the window")
  public DemandResponse demand(
      @Parameter(
              description =
                  "ISO-8601 duration back from now, PT1H to P365D; default rapport.skills.demand.window (P30D)",
              example = "P30D")
          @QueryParam("window")
          String window,
      @Parameter(
              description =
                  "Only tickets routed to this team: the ticket's teamId, or a team's id or"
                      + " display name",
              example = "network")
          @QueryParam("team")
          String team) {
    Duration span = DemandWindow.parse(window, config.window()).length();
    Instant since = clock.instant().minus(span);
    boolean filtered = team != null && !team.isBlank();
    List<TicketDemand.RefDemand> rows = demand.byReference(teamKeys(team), since);
    List<UUID> catalogued =
        rows.stream().map(TicketDemand.RefDemand::skillId).filter(id -> id != null).toList();
    Map<UUID, String> names =
        catalogued.isEmpty()
            ? Map.of()
            : Skill.<Skill>list("id in ?1", catalogued).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.name));
    List<DemandResponse.SkillDemand> items =
        rows.stream()
            .map(
                r ->
                    new DemandResponse.SkillDemand(
                        r.skillId(),
                        r.skillId() == null
                            ? r.skillRef()
                            : names.getOrDefault(r.skillId(), r.skillRef()),
                        r.skillId() != null,
                        r.tickets(),
                        r.unmet()))
            .sorted(
                Comparator.comparingInt(DemandResponse.SkillDemand::tickets)
                    .reversed()
                    .thenComparing(
                        Comparator.comparingInt(DemandResponse.SkillDemand::unmet).reversed())
                    .thenComparing(d -> d.skill().toLowerCase(Locale.ROOT)))
            .toList();
    return new DemandResponse(
        new DemandWindow(span).toString(), since, filtered ? team.trim() : null, items);
  }

  /** The teamIds tickets may carry for {@code team}: as given, and the team's id and name. */
  private static Set<String> teamKeys(String team) {
    if (team == null || team.isBlank()) {
      return Set.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(team.trim());
    Team.byReference(team)
        .ifPresent(
            t -> {
              keys.add(t.id.toString());
              keys.add(t.displayName);
            });
    return keys;
  }
}
