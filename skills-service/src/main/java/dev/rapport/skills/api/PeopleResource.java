package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.Caller;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.Team;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People as provisioned from HR, read-only: HR changes them over SCIM. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People provisioned from HR over SCIM; read-only here")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class PeopleResource {
  private final PeopleDirectory directory;
  private final CurrentCaller caller;

  PeopleResource(PeopleDirectory directory, CurrentCaller caller) {
    this.directory = directory;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
  @Operation(
      summary = "People, by userName (staff)",
      description =
          "Filter by team id, active, and q (a part of the userName or display name, any case);"
              + " paginated by cursor: pass nextCursor as 'after'.")
  public Page<PersonResponse> list(
      @Parameter(description = "team id") @QueryParam("team") String team,
      @Parameter(
              description = "true: only active people; false: only deactivated ones",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("active")
          String activeParameter,
      @Parameter(description = "part of the userName or display name") @QueryParam("q") String q,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    StringBuilder where = new StringBuilder("true");
    Map<String, Object> parameters = new HashMap<>();
    if (team != null && !team.isBlank()) {
      where.append(" and p.id in (select m.id from Team t join t.members m where t.id = :team)");
      parameters.put("team", uuid("team", team));
    }
    Boolean active = QueryParams.booleanOrNull("active", activeParameter);
    if (active != null) {
      where.append(" and p.active = :active");
      parameters.put("active", active);
    }
    if (q != null && !q.isBlank()) {
      where.append(
          " and (lower(p.userName) like :q escape '\\' or lower(p.displayName) like :q escape"
              + " '\\')");
      parameters.put("q", "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (after != null) {
      where.append(" and lower(p.userName) > :after");
      parameters.put("after", Cursor.decode(after, 1).get(0));
    }
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select p from Person p where " + where + " order by lower(p.userName)",
                Person.class)
            .setMaxResults(limit + 1);
    parameters.forEach(query::setParameter);
    Page<Person> page =
        Page.fromLookahead(
            query.getResultList(), limit, last -> List.of(last.userName.toLowerCase(Locale.ROOT)));
    return new Page<>(responses(page.items()), page.nextCursor());
  }

  @GET
  @Path("/me")
  @Operation(summary = "The caller as provisioned from HR (any role)")
  @APIResponse(responseCode = "404", description = "The caller's userName is not provisioned")
  @APIResponse(responseCode = "200", description = "The caller as a person")
  public PersonResponse me() {
    Caller who = caller.get();
    Person person =
        Person.findByUserName(who.userName())
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "not-provisioned",
                        "Not found",
                        "No person with userName '"
                            + who.userName()
                            + "' has been provisioned from HR",
                        Map.of()));
    return responses(List.of(person)).get(0);
  }

  @GET
  @Path("/{idOrUserName}")
  @Operation(
      summary = "One person by id or userName",
      description = "Staff see anyone; others only themselves (anyone else is a 404).")
  public PersonResponse get(@PathParam("idOrUserName") String idOrUserName) {
    Caller who = caller.get();
    UUID id = uuidOrNull(idOrUserName);
    Optional<Person> found =
        id != null ? Person.findByIdOptional(id) : Person.findByUserName(idOrUserName);
    Person person =
        found
            .filter(p -> who.staff() || p.userName.equalsIgnoreCase(who.userName()))
            .orElseThrow(() -> ProblemException.notFound("Person", idOrUserName));
    return responses(List.of(person)).get(0);
  }

  private List<PersonResponse> responses(List<Person> people) {
    Map<UUID, List<Team>> teams = directory.teamsOf(people.stream().map(p -> p.id).toList());
    Map<UUID, Person> managers =
        directory.people(people.stream().map(p -> p.managerId).filter(Objects::nonNull).toList());
    return people.stream()
        .map(
            p ->
                PersonResponse.of(
                    p,
                    p.managerId == null ? null : managers.get(p.managerId),
                    teams.getOrDefault(p.id, List.of())))
        .toList();
  }

  static UUID uuid(String name, String raw) {
    UUID id = uuidOrNull(raw);
    if (id == null) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be a UUID; got '" + raw + "'");
    }
    return id;
  }

  private static UUID uuidOrNull(String raw) {
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
