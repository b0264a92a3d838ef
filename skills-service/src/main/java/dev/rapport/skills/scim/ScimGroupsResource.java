package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimResources.id;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.skills.api.CurrentCaller;
import dev.rapport.skills.domain.PeopleDirectory;
import dev.rapport.skills.domain.Team;
import dev.rapport.support.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SCIM 2.0 Groups: teams and their members (Users). */
@Path("/scim/v2/Groups")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "SCIM")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.INTEGRATION)
public class ScimGroupsResource {
  private final PeopleDirectory directory;
  private final CurrentCaller caller;

  ScimGroupsResource(PeopleDirectory directory, CurrentCaller caller) {
    this.directory = directory;
    this.caller = caller;
  }

  @POST
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Create a team",
      description =
          "displayName is required and unique without regard to case (409 uniqueness); members"
              + " are Users by id (400 invalidValue for an unknown one).")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  public Response create(String body, @Context UriInfo uriInfo) {
    Team team = directory.createTeam(GroupMapping.fromScim(ScimJson.read(body)), actor());
    Panache.getEntityManager().flush();
    ScimLocations at = ScimLocations.of(uriInfo);
    return respond(
        Response.status(201).location(URI.create(at.group(team.id))),
        team,
        at,
        AttributeSelection.DEFAULT);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One team with its members (excludedAttributes=members leaves them out)")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @Context UriInfo uriInfo) {
    return respond(
        Response.ok(),
        directory.team(id(id)),
        ScimLocations.of(uriInfo),
        AttributeSelection.of(attributes, excludedAttributes));
  }

  @GET
  @Operation(
      summary = "Search teams",
      description =
          "filter on displayName, externalId, id, members (members[value eq \"<user id>\"]),"
              + " meta.created, meta.lastModified; startIndex and count as for Users.")
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") String startIndex,
      @QueryParam("count") String count,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @Context UriInfo uriInfo) {
    ScimPaging paging = ScimPaging.of(startIndex, count);
    AttributeSelection selection = AttributeSelection.of(attributes, excludedAttributes);
    ScimPaging.Page<Team> page =
        paging.query(Team.class, "teams", "t", FilterSql.of(filter, FilterCatalogues.GROUPS));
    ScimLocations at = ScimLocations.of(uriInfo);
    boolean withMembers = selection.includes("members");
    return ScimResources.list(
        paging, page, selection, team -> GroupMapping.toScim(team, withMembers, at));
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(summary = "Replace a team: its name, externalId and all of its members")
  public Response replace(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body,
      @Context UriInfo uriInfo) {
    Team team =
        directory.replaceTeam(id(id), ifMatch, GroupMapping.fromScim(ScimJson.read(body)), actor());
    Panache.getEntityManager().flush();
    return respond(Response.ok(), team, ScimLocations.of(uriInfo), AttributeSelection.DEFAULT);
  }

  @PATCH
  @Path("/{id}")
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change a team (PatchOp)",
      description =
          "add or remove members ({\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":id}]},"
              + " {\"op\":\"remove\",\"path\":\"members[value eq \\\"id\\\"]\"}, or remove with a"
              + " value array as Entra ID sends), replace displayName or externalId.")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      String body,
      @Context UriInfo uriInfo) {
    ObjectNode patchOp = ScimJson.read(body);
    Team current = directory.team(id(id));
    ScimLocations at = ScimLocations.of(uriInfo);
    ObjectNode patched =
        ScimPatch.apply(GroupMapping.toScim(current, true, at), patchOp, GroupMapping.READ_ONLY);
    Team team = directory.replaceTeam(current.id, ifMatch, GroupMapping.fromScim(patched), actor());
    Panache.getEntityManager().flush();
    return respond(Response.ok(), team, at, AttributeSelection.of(attributes, excludedAttributes));
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @Operation(summary = "Delete a team; its members leave it")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    directory.deleteTeam(id(id), ifMatch, actor());
    return Response.noContent().build();
  }

  private static Response respond(
      Response.ResponseBuilder builder, Team team, ScimLocations at, AttributeSelection selection) {
    return ScimResources.resource(
        builder,
        team.version,
        GroupMapping.toScim(team, selection.includes("members"), at),
        selection);
  }

  private String actor() {
    return caller.get().userName();
  }
}
