package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.config.DemandConfig;
import dev.rapport.skills.domain.DemandWindow;
import dev.rapport.skills.domain.Person;
import dev.rapport.skills.domain.PersonSkill;
import dev.rapport.skills.domain.PersonSkillHistory;
import dev.rapport.skills.domain.PersonSkills;
import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.Workload;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.security.Caller;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{person}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Person skills",
    description =
        "A person's levels: self-assessed by the person, set or verified by their lead, raised by"
            + " training")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class PersonSkillResource {
  private static final String PERSON_DESCRIPTION = "Person id, userName, or 'me' for the caller";

  private final PersonSkills personSkills;
  private final References references;
  private final Workload workload;
  private final CurrentCaller caller;
  private final DemandConfig config;
  private final Clock clock;

  PersonSkillResource(
      PersonSkills personSkills,
      References references,
      Workload workload,
      CurrentCaller caller,
      DemandConfig config,
      Clock clock) {
    this.personSkills = personSkills;
    this.references = references;
    this.workload = workload;
    this.caller = caller;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Path("/skills")
  @Operation(
      summary = "A person's skills",
      description =
          "Level, its label, source (SELF, MANAGER, TRAINING, EVIDENCE), who verified it and when,"
              + " and evidence: tickets the person resolved that needed the skill within"
              + " rapport.skills.demand.window. Readable by the person and by IT staff.")
  @APIResponse(responseCode = "200", description = "The person and their skills, by name")
  @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
  public PersonSkillsResponse list(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    List<PersonSkill> held = personSkills.of(person, who);
    Map<UUID, Skill> skills = skills(held.stream().map(s -> s.skillId).toList());
    Map<UUID, Integer> evidence =
        workload.resolvedBySkill(person.id, clock.instant().minus(config.window()));
    return new PersonSkillsResponse(
        person.id,
        person.userName,
        person.nameToShow(),
        person.active,
        held.stream()
            .map(
                s ->
                    PersonSkillResponse.of(
                        s,
                        skills.get(s.skillId),
                        evidence.getOrDefault(s.skillId, 0),
                        new DemandWindow(config.window()).toString()))
            .sorted(Comparator.comparing(r -> r.skillName().toLowerCase(Locale.ROOT)))
            .toList());
  }

  @GET
  @Path("/skills/{skill}")
  @Operation(summary = "A person's level in one skill; the ETag carries its version")
  @APIResponse(
      responseCode = "200",
      description = "The level",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonSkillResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such person or skill, or the person has no level in it")
  public Response get(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    Skill skill = references.skill(skillRef);
    return ok(personSkills.get(person, skill, who), person, skill, Response.Status.OK);
  }

  @PUT
  @Transactional
  @Path("/skills/{skill}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a person's level in a skill",
      description =
          "The person themselves records a self-assessment: source SELF, unverified. A lead of"
              + " one of the person's teams, their manager, or an admin sets it verified by"
              + " themselves: source MANAGER. Anyone else gets 403. Every change is in the"
              + " history and refreshes the gaps of the person's teams. If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonSkillResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "The person had no level in the skill before",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonSkillResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "level missing or not 1 to 5, or a body that is not JSON")
  @APIResponse(responseCode = "403", description = "Neither the person nor their lead")
  @APIResponse(responseCode = "404", description = "No such person or skill")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response set(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @Valid @NotNull PersonSkillRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    Skill skill = references.skill(skillRef);
    PersonSkills.Change change =
        personSkills.set(person, skill, request.level(), request.note(), ifMatch, who);
    return ok(
        change.skill(),
        person,
        skill,
        change.created() ? Response.Status.CREATED : Response.Status.OK);
  }

  @POST
  @Transactional
  @Path("/skills/{skill}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @APIResponse(responseCode = "400", description = "level not 1 to 5, or a body that is not JSON")
  @Operation(
      summary = "Verify a person's level (their lead or an admin)",
      description =
          "Without a level, confirms the current one (its source stays, verifiedBy and verifiedAt"
              + " are set). With a different level, corrects it (source MANAGER). Nobody verifies"
              + " their own skills.")
  @APIResponse(
      responseCode = "200",
      description = "Verified",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonSkillResponse.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  @APIResponse(responseCode = "403", description = "Not a lead of the person, or their own skill")
  @APIResponse(
      responseCode = "404",
      description = "No such person or skill, or no level to confirm and none given")
  public Response verify(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @Valid @NotNull VerificationRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    Skill skill = references.skill(skillRef);
    return ok(
        personSkills.verify(person, skill, request.level(), request.note(), ifMatch, who),
        person,
        skill,
        Response.Status.OK);
  }

  @DELETE
  @Transactional
  @Path("/skills/{skill}")
  @Operation(
      summary = "Remove a skill from a person (the person or their lead)",
      description = "Recorded in the history with level null; refreshes the gaps of their teams.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Neither the person nor their lead")
  @APIResponse(responseCode = "404", description = "The person has no level in the skill")
  public Response remove(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @Parameter(description = "Why, for the history") @QueryParam("note") @Size(max = 1000)
          String note) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    Skill skill = references.skill(skillRef);
    personSkills.remove(person, skill, note, who);
    return Response.noContent().build();
  }

  @GET
  @Path("/skills/{skill}/history")
  @Operation(summary = "Every change of the person's level in one skill, newest first")
  @APIResponse(responseCode = "200", description = "A page of changes")
  public Page<SkillHistoryResponse> skillHistory(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    Skill skill = references.skill(skillRef);
    return history(personSkills.history(person, skill, who, after, limit));
  }

  @GET
  @Path("/skill-history")
  @Operation(summary = "Every change of the person's levels in any skill, newest first")
  @APIResponse(responseCode = "200", description = "A page of changes")
  public Page<SkillHistoryResponse> allHistory(
      @Parameter(description = PERSON_DESCRIPTION) @PathParam("person") String personRef,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Caller who = caller.get();
    Person person = references.person(personRef, who);
    return history(personSkills.history(person, null, who, after, limit));
  }

  private Page<SkillHistoryResponse> history(Page<PersonSkillHistory> page) {
    Map<UUID, Skill> skills = skills(page.items().stream().map(h -> h.skillId).toList());
    return new Page<>(
        page.items().stream()
            .map(h -> SkillHistoryResponse.of(h, skills.get(h.skillId).name))
            .toList(),
        page.nextCursor());
  }

  private Response ok(PersonSkill held, Person person, Skill skill, Response.Status status) {
    int evidence =
        workload
            .resolvedWithSkill(skill.id, List.of(person.id), clock.instant().minus(config.window()))
            .getOrDefault(person.id, 0);
    return Response.status(status)
        .header("ETag", ETags.of(held.version))
        .entity(
            PersonSkillResponse.of(
                held, skill, evidence, new DemandWindow(config.window()).toString()))
        .build();
  }

  private static Map<UUID, Skill> skills(List<UUID> ids) {
    Map<UUID, Skill> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      Skill.<Skill>list("id in ?1", ids.stream().distinct().toList())
          .forEach(s -> byId.put(s.id, s));
    }
    return byId;
  }
}
