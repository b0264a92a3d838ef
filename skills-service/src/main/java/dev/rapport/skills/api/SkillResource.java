package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.Skill;
import dev.rapport.skills.domain.SkillCatalog;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.support.openapi.ProblemResponsesFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The skill catalogue that people, teams and tickets refer to")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class SkillResource {
  private final SkillCatalog catalog;
  private final IdempotentCreation creation;

  SkillResource(SkillCatalog catalog, IdempotentCreation creation) {
    this.catalog = catalog;
    this.creation = creation;
  }

  @GET
  @Operation(
      summary = "List skills",
      description =
          "Skills by name (case-insensitive), optionally filtered; paginated by cursor: pass"
              + " nextCursor as 'after'. Any authenticated caller may read the catalogue.")
  @APIResponse(responseCode = "200", description = "A page of skills")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor (problem+json)")
  public Page<SkillResponse> list(
      @Parameter(description = "Text to find in the name or description", example = "kube")
          @QueryParam("q")
          String text,
      @Parameter(description = "Category, case-insensitive", example = "Platform")
          @QueryParam("category")
          String category,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Page<Skill> page = catalog.list(text, category, after, limit);
    return new Page<>(page.items().stream().map(SkillResponse::of).toList(), page.nextCursor());
  }

  @GET
  @Path("/{skill}")
  @Operation(
      summary = "Get a skill by id or by name (case-insensitive); the ETag carries its version")
  @APIResponse(
      responseCode = "200",
      description = "The skill",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkillResponse.class)))
  @APIResponse(responseCode = "404", description = "No such skill")
  public Response get(
      @Parameter(description = "Skill id or name", example = "Kubernetes") @PathParam("skill")
          String skill) {
    return ok(catalog.get(skill));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Add a skill (lead or admin)",
      description =
          "Send an Idempotency-Key to make retries safe: the same key and body within 24 h answer"
              + " with the skill first created.")
  @APIResponse(
      responseCode = "201",
      description = "Created (or, for a retried Idempotency-Key, created before)",
      headers = {
        @Header(
            name = "Location",
            description = "The new skill",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkillResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: field errors, or where the JSON broke")
  @APIResponse(
      responseCode = "409",
      description = "A skill with that name exists (any case); existingId names it",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Conflict.class)))
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response create(
      @Valid @NotNull SkillRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    return creation.create(
        "skills",
        idempotencyKey,
        request,
        () -> catalog.create(request.name(), request.category(), request.description()).id,
        id -> {
          Skill skill = catalog.get(id.toString());
          return Response.created(UriBuilder.fromPath("/api/v1/skills/{id}").build(id))
              .header("ETag", ETags.of(skill.version))
              .entity(SkillResponse.of(skill));
        });
  }

  @PATCH
  @Transactional
  @Path("/{skill}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: field errors, or where the JSON broke")
  @RolesAllowed({LEAD, ADMIN})
  @Operation(
      summary = "Edit a skill (lead or admin)",
      description = "Changes the given fields. Send If-Match with the ETag to avoid lost updates.")
  @APIResponse(
      responseCode = "200",
      description = "The skill as changed",
      headers = {
        @Header(
            name = "ETag",
            description = "The version, for If-Match",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkillResponse.class)))
  @APIResponse(responseCode = "404", description = "No such skill")
  @APIResponse(
      responseCode = "409",
      description = "Another skill has that name",
      content =
          @Content(
              mediaType = ProblemResponsesFilter.PROBLEM_JSON,
              schema = @Schema(implementation = ProblemSchemas.Conflict.class)))
  @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
  public Response edit(
      @PathParam("skill") String skill,
      @Valid @NotNull SkillPatchRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    return ok(
        catalog.edit(skill, ifMatch, request.name(), request.category(), request.description()));
  }

  private static Response ok(Skill skill) {
    return Response.ok(SkillResponse.of(skill)).header("ETag", ETags.of(skill.version)).build();
  }
}
