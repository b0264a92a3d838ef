package dev.rapport.skills.scim;

import dev.rapport.skills.domain.Team;
import dev.rapport.support.security.CurrentCaller;
import dev.rapport.support.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
  private final ScimResourceFlow<Team> flow;

  ScimGroupsResource(ScimGroupType type, CurrentCaller caller) {
    this.flow = new ScimResourceFlow<>(type, caller);
  }

  @POST
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Create a team",
      description =
          "displayName is required and unique without regard to case (409 uniqueness); members"
              + " are Users by id (400 invalidValue for an unknown one).")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.GROUP_REQUEST),
              examples = {
                @ExampleObject(
                    name = "okta",
                    summary = "Okta pushes a group with its members",
                    value = ScimExamples.OKTA_GROUP),
                @ExampleObject(
                    name = "entra",
                    summary = "Entra ID creates it empty, then adds members by PATCH",
                    value = ScimExamples.ENTRA_GROUP)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(
            name = "Location",
            description = "The new Group's URI",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = "ETag",
            description = Scim.ETAG_HEADER,
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.GROUP)))
  @APIResponse(
      responseCode = "409",
      description = "The displayName is another Group's (scimType uniqueness)")
  public Response create(String body, @Context UriInfo uriInfo) {
    return flow.create(body, uriInfo);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One team with its members (excludedAttributes=members leaves them out)")
  @APIResponse(
      responseCode = "200",
      description = "The Group",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = Scim.MEDIA_TYPE,
              schema = @Schema(ref = ScimSchemas.GROUP),
              examples = @ExampleObject(name = "group", value = ScimExamples.GROUP)))
  @APIResponse(responseCode = "404", description = "No such Group")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @Context UriInfo uriInfo) {
    return flow.get(id, attributes, excludedAttributes, uriInfo);
  }

  @GET
  @Operation(
      summary = "Search teams",
      description =
          "filter on displayName, externalId, id, members (members[value eq \"<user id>\"]),"
              + " meta.created, meta.lastModified; startIndex and count as for Users.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the matching Groups, oldest first",
      content =
          @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.GROUP_LIST)))
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") String startIndex,
      @QueryParam("count") String count,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @Context UriInfo uriInfo) {
    return flow.list(filter, startIndex, count, attributes, excludedAttributes, uriInfo);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(summary = "Replace a team: its name, externalId and all of its members")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.GROUP_REQUEST),
              examples =
                  @ExampleObject(
                      name = "okta",
                      summary = "Okta's replace",
                      value = ScimExamples.OKTA_GROUP)))
  @APIResponse(
      responseCode = "200",
      description = "The Group as replaced",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.GROUP)))
  @APIResponse(
      responseCode = "409",
      description = "The new displayName is another Group's (scimType uniqueness)")
  @APIResponse(responseCode = "412", description = "If-Match is not the Group's current ETag")
  public Response replace(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body,
      @Context UriInfo uriInfo) {
    return flow.replace(id, ifMatch, body, uriInfo);
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
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.PATCH_OP),
              examples = {
                @ExampleObject(
                    name = "okta",
                    summary = "Okta's member changes",
                    value = ScimExamples.OKTA_GROUP_PATCH),
                @ExampleObject(
                    name = "entra",
                    summary = "Entra ID removes members with a value array",
                    value = ScimExamples.ENTRA_GROUP_PATCH)
              }))
  @APIResponse(
      responseCode = "200",
      description = "The Group as changed",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.GROUP)))
  @APIResponse(
      responseCode = "409",
      description = "The new displayName is another Group's (scimType uniqueness)")
  @APIResponse(responseCode = "412", description = "If-Match is not the Group's current ETag")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      String body,
      @Context UriInfo uriInfo) {
    return flow.patch(id, ifMatch, attributes, excludedAttributes, body, uriInfo);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @Operation(summary = "Delete a team; its members leave it")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", description = "If-Match is not the Group's current ETag")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return flow.delete(id, ifMatch);
  }
}
