package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.config.RecommendationConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.Stewardship;
import dev.rapport.skills.domain.Workload;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{person}/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demand", description = "Skills that tickets need, met and unmet")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class WorkloadResource {
  private final Workload workload;
  private final Stewardship stewardship;
  private final References references;
  private final CurrentCaller caller;
  private final RecommendationConfig config;
  private final Clock clock;

  WorkloadResource(
      Workload workload,
      Stewardship stewardship,
      References references,
      CurrentCaller caller,
      RecommendationConfig config,
      Clock clock) {
    this.workload = workload;
    this.stewardship = stewardship;
    this.references = references;
    this.caller = caller;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "A person's open load and evidence of practice",
      description =
          "Open tickets assigned to them (by userName) and, per skill, the tickets needing it"
              + " they resolved within the window (a reopened ticket stops counting until it is"
              + " resolved again). For IT staff and the person themself.")
  @APIResponse(responseCode = "400", description = "window is not a positive ISO-8601 duration")
  @APIResponse(responseCode = "403", description = "Neither IT staff nor the person")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(responseCode = "200", description = "The person's open load and availability")
  public WorkloadResponse workload(
      @Parameter(description = "Person id, userName, or 'me'", example = "me") @PathParam("person")
          String personRef,
      @Parameter(description = "Evidence window; default P365D", example = "P90D")
          @QueryParam("window")
          String window) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    if (!who.staff() && !stewardship.isSelf(who, person)) {
      throw ProblemException.forbidden("Only IT staff and the person may see their workload");
    }
    Duration span = DemandWindow.parse(window, config.evidenceWindow()).length();
    Instant since = clock.instant().minus(span);
    List<WorkloadResponse.OpenTicketView> open =
        workload.openTicketsOf(person.userName).stream()
            .map(
                t ->
                    new WorkloadResponse.OpenTicketView(
                        t.id(), t.key(), t.status(), t.priority(), t.openedAt()))
            .toList();
    Map<UUID, Integer> resolved = workload.resolvedBySkill(person.id, since);
    Map<UUID, String> names =
        resolved.isEmpty()
            ? Map.of()
            : Skill.<Skill>list("id in ?1", List.copyOf(resolved.keySet())).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.name));
    List<WorkloadResponse.EvidenceView> evidence =
        resolved.entrySet().stream()
            .map(
                e ->
                    new WorkloadResponse.EvidenceView(
                        e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue()))
            .sorted(
                Comparator.comparingInt(WorkloadResponse.EvidenceView::resolvedTickets)
                    .reversed()
                    .thenComparing(v -> v.skill().toLowerCase(Locale.ROOT)))
            .toList();
    return new WorkloadResponse(
        person.id,
        person.userName,
        person.nameToShow(),
        open.size(),
        open,
        new DemandWindow(span).toString(),
        since,
        evidence);
  }
}
