package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;

import dev.rapport.skills.domain.References;
import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.Team;
import dev.rapport.skills.domain.TeamRequirement;
import dev.rapport.skills.domain.TeamRequirements;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{team}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skill gaps", description = "What teams need, what they have, and the gaps between")
@SecurityRequirement(name = "jwt")
@RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
public class TeamRequirementResource {
  private static final String TEAM_DESCRIPTION = "Team id or display name";

  private final TeamRequirements requirements;
  private final References references;
  private final CurrentCaller caller;

  TeamRequirementResource(
      TeamRequirements requirements, References references, CurrentCaller caller) {
    this.requirements = requirements;
    this.references = references;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "What the team needs, per skill (IT staff)",
      description = "By skill name, keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(responseCode = "200", description = "A page of the requirements, by skill name")
  @APIResponse(
      responseCode = "400",
      description = "limit out of range or a cursor not of this list")
  @APIResponse(responseCode = "404", description = "No such team")
  public Page<RequirementResponse> list(
      @Parameter(description = TEAM_DESCRIPTION) @PathParam("team") String teamRef,
      @Valid @BeanParam PageRequest page) {
    return requirements
        .page(references.team(teamRef), page.after, page.limit)
        .map(r -> RequirementResponse.of(r.requirement(), r.skill()));
  }

  @PUT
  @Transactional
  @Path("/{skill}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Require a skill of a team (a lead of the team, or an admin)",
      description =
          "Creates or replaces the requirement: headcount people at minimumLevel or above."
              + " Refreshes the team's gaps, announcing any that opened, closed or changed"
              + " severity. If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequirementResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequirementResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "minimumLevel not 1 to 5, headcount below 1, or a body that is not JSON")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "404", description = "No such team or skill")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response put(
      @Parameter(description = TEAM_DESCRIPTION) @PathParam("team") String teamRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @Valid @NotNull RequirementRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    Team team = references.team(teamRef);
    Skill skill = references.skill(skillRef);
    TeamRequirements.Change change =
        requirements.put(
            team, skill, request.minimumLevel(), request.headcount(), ifMatch, caller.get());
    TeamRequirement.flush();
    return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK)
        .header("ETag", ETags.of(change.requirement().version))
        .entity(RequirementResponse.of(change.requirement(), skill))
        .build();
  }

  @DELETE
  @Transactional
  @Path("/{skill}")
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Stop requiring a skill (a lead of the team, or an admin)",
      description = "An open gap in the skill is announced CLOSED.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not a lead of this team, nor an admin")
  @APIResponse(responseCode = "404", description = "No such team, skill or requirement")
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response remove(
      @Parameter(description = TEAM_DESCRIPTION) @PathParam("team") String teamRef,
      @Parameter(description = "Skill id or name") @PathParam("skill") String skillRef,
      @HeaderParam("If-Match") String ifMatch) {
    requirements.remove(
        references.team(teamRef), references.skill(skillRef), ifMatch, caller.get());
    return Response.noContent().build();
  }
}
