package dev.rapport.skills.scim;

import dev.rapport.skills.domain.Person;
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

/** SCIM 2.0 Users (RFC 7644 §3): people provisioned by an HR system or identity provider. */
@Path("/scim/v2/Users")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(
    name = "SCIM",
    description =
        "People (Users) and teams (Groups) provisioned over SCIM 2.0 (RFC 7643/7644) by an HR"
            + " system or identity provider such as Okta, Entra ID or Workday. Role integration."
            + " Bodies and errors are application/scim+json.")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.INTEGRATION)
public class ScimUsersResource {
  private final ScimResourceFlow<Person> flow;

  ScimUsersResource(ScimUserType type, CurrentCaller caller) {
    this.flow = new ScimResourceFlow<>(type, caller);
  }

  @POST
  @Transactional
  @Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Provision a person",
      description =
          "userName is required and unique without regard to case (409 uniqueness);"
              + " enterprise manager.value must be the id of a provisioned User (400 invalidValue)."
              + " password is ignored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.USER_REQUEST),
              examples = {
                @ExampleObject(
                    name = "okta",
                    summary = "Okta's create",
                    value = ScimExamples.OKTA_USER),
                @ExampleObject(
                    name = "entra",
                    summary = "Entra ID's create, with the enterprise extension",
                    value = ScimExamples.ENTRA_USER)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(
            name = "Location",
            description = "The new User's URI",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = "ETag",
            description = Scim.ETAG_HEADER,
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.USER)))
  @APIResponse(
      responseCode = "409",
      description = "The userName is already provisioned (scimType uniqueness)")
  public Response create(String body, @Context UriInfo uriInfo) {
    return flow.create(body, uriInfo);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One person")
  @APIResponse(
      responseCode = "200",
      description = "The User",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = Scim.MEDIA_TYPE,
              schema = @Schema(ref = ScimSchemas.USER),
              examples = @ExampleObject(name = "user", value = ScimExamples.USER)))
  @APIResponse(responseCode = "404", description = "No such User")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @Context UriInfo uriInfo) {
    return flow.get(id, attributes, excludedAttributes, uriInfo);
  }

  @GET
  @Operation(
      summary = "Search people",
      description =
          "filter (RFC 7644 §3.4.2.2) on userName, externalId, displayName, name.*, emails,"
              + " active, title, enterprise department/employeeNumber/manager, meta.created,"
              + " meta.lastModified ... with eq ne co sw ew gt ge lt le pr and or not;"
              + " startIndex (1-based) and count (default 100, at most 200).")
  @APIResponse(
      responseCode = "200",
      description = "A page of the matching Users, oldest first",
      content =
          @Content(
              mediaType = Scim.MEDIA_TYPE,
              schema = @Schema(ref = ScimSchemas.USER_LIST),
              examples =
                  @ExampleObject(
                      name = "none",
                      summary = "No match: what Okta and Entra ID ask before a create",
                      value = ScimExamples.USER_LIST)))
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
  @Operation(
      summary = "Replace a person",
      description =
          "Attributes left out are cleared (active defaults to true). If-Match with the ETag is"
              + " honoured (412 when stale).")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.USER_REQUEST),
              examples =
                  @ExampleObject(
                      name = "entra",
                      summary = "Entra ID's replace",
                      value = ScimExamples.ENTRA_USER)))
  @APIResponse(
      responseCode = "200",
      description = "The User as replaced",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.USER)))
  @APIResponse(
      responseCode = "409",
      description = "The new userName is another User's (scimType uniqueness)")
  @APIResponse(responseCode = "412", description = "If-Match is not the User's current ETag")
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
      summary = "Change a person (PatchOp)",
      description =
          "add, replace, remove (op in any case), with or without path, value filters such as"
              + " emails[type eq \"work\"].value; \"True\"/\"False\" strings are booleans."
              + " active false deactivates. groups is read-only (400 mutability).")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(ref = ScimSchemas.PATCH_OP),
              examples = {
                @ExampleObject(
                    name = "okta",
                    summary = "Okta deactivates",
                    value = ScimExamples.OKTA_USER_PATCH),
                @ExampleObject(
                    name = "entra",
                    summary = "Entra ID's operations: capitalised, with paths and filters",
                    value = ScimExamples.ENTRA_USER_PATCH)
              }))
  @APIResponse(
      responseCode = "200",
      description = "The User as changed",
      headers =
          @Header(
              name = "ETag",
              description = Scim.ETAG_HEADER,
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.USER)))
  @APIResponse(
      responseCode = "409",
      description = "The new userName is another User's (scimType uniqueness)")
  @APIResponse(responseCode = "412", description = "If-Match is not the User's current ETag")
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
  @Operation(
      summary = "Delete a person",
      description =
          "The person is removed, leaves their teams and stops being anyone's manager;"
              + " rapport.person.deactivated.v1 with deleted true is published.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", description = "If-Match is not the User's current ETag")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return flow.delete(id, ifMatch);
  }
}
