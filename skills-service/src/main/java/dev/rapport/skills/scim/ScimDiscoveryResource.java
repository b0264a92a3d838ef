package dev.rapport.skills.scim;

import static dev.rapport.skills.scim.ScimResourceFlow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.SchemaUtils;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.beans.IntrospectionException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SCIM discovery (RFC 7644 §4): what this service provider supports. Behind the integration role
 * like the rest of /scim/v2: RFC 7644 allows these without authentication, but every provisioning
 * client reads them with the token it provisions with, and they say which features a client may
 * rely on, which is nobody else's business.
 */
@Path("/scim/v2")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "SCIM")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.INTEGRATION)
public class ScimDiscoveryResource {
  private static final String SCHEMAS_PATH = "/Schemas/";

  /** Schemas as the SCIM SDK describes them, less password, which is never stored. */
  private static final Map<String, ObjectNode> SCHEMAS =
      Map.of(
          Scim.USER, schema(UserResource.class),
          Scim.ENTERPRISE_USER, schema(EnterpriseUserExtension.class),
          Scim.GROUP, schema(GroupResource.class));

  @GET
  @Path("/ServiceProviderConfig")
  @Operation(summary = "The SCIM features this service supports")
  @APIResponse(
      responseCode = "200",
      description = "The configuration",
      content =
          @Content(
              mediaType = Scim.MEDIA_TYPE,
              schema = @Schema(ref = ScimSchemas.SERVICE_PROVIDER_CONFIG)))
  public Response serviceProviderConfig(@Context UriInfo uriInfo) {
    ScimLocations at = ScimLocations.of(uriInfo);
    ObjectNode config = ScimJson.object();
    config.putArray("schemas").add(Scim.SERVICE_PROVIDER_CONFIG);
    config.put("documentationUri", at.documentation());
    config.putObject("patch").put("supported", true);
    config
        .putObject("bulk")
        .put("supported", false)
        .put("maxOperations", 0)
        .put("maxPayloadSize", 0);
    config.putObject("filter").put("supported", true).put("maxResults", Scim.MAX_RESULTS);
    config.putObject("changePassword").put("supported", false);
    config.putObject("sort").put("supported", false);
    config.putObject("etag").put("supported", true);
    config
        .putArray("authenticationSchemes")
        .addObject()
        .put("type", "oauthbearertoken")
        .put("name", "OAuth Bearer Token")
        .put(
            "description",
            "A bearer JWT (RS256) from the organisation's identity provider with the role"
                + " integration in its groups claim")
        .put("specUri", "https://www.rfc-editor.org/info/rfc6750")
        .put("primary", true);
    config.set("meta", meta("ServiceProviderConfig", at.resource("/ServiceProviderConfig")));
    return scim(Response.ok(), config);
  }

  @GET
  @Path("/ResourceTypes")
  @Operation(summary = "The resource types: User (with the enterprise extension) and Group")
  @APIResponse(
      responseCode = "200",
      description = "Both resource types",
      content =
          @Content(
              mediaType = Scim.MEDIA_TYPE,
              schema = @Schema(ref = ScimSchemas.RESOURCE_TYPE_LIST)))
  public Response resourceTypes(@Context UriInfo uriInfo) {
    ScimLocations at = ScimLocations.of(uriInfo);
    return scim(Response.ok(), list(List.of(userType(at), groupType(at))));
  }

  @GET
  @Path("/ResourceTypes/{name}")
  @Operation(summary = "One resource type: User or Group")
  @APIResponse(
      responseCode = "200",
      description = "The resource type",
      content =
          @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.RESOURCE_TYPE)))
  @APIResponse(responseCode = "404", description = "No such resource type")
  public Response resourceType(@PathParam("name") String name, @Context UriInfo uriInfo) {
    ScimLocations at = ScimLocations.of(uriInfo);
    if (name.equalsIgnoreCase("User")) {
      return scim(Response.ok(), userType(at));
    }
    if (name.equalsIgnoreCase("Group")) {
      return scim(Response.ok(), groupType(at));
    }
    throw ProblemException.notFound("ResourceType", name);
  }

  @GET
  @Path("/Schemas")
  @Operation(summary = "The schemas of User, the enterprise User extension and Group")
  @APIResponse(
      responseCode = "200",
      description = "The three schemas",
      content =
          @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.SCHEMA_LIST)))
  public Response schemas(@Context UriInfo uriInfo) {
    ScimLocations at = ScimLocations.of(uriInfo);
    return scim(
        Response.ok(),
        list(
            List.of(
                schema(Scim.USER, at), schema(Scim.ENTERPRISE_USER, at), schema(Scim.GROUP, at))));
  }

  @GET
  @Path("/Schemas/{urn}")
  @Operation(summary = "One schema by its URN")
  @APIResponse(
      responseCode = "200",
      description = "The schema",
      content = @Content(mediaType = Scim.MEDIA_TYPE, schema = @Schema(ref = ScimSchemas.SCHEMA)))
  @APIResponse(responseCode = "404", description = "No schema with this URN")
  public Response schema(@PathParam("urn") String urn, @Context UriInfo uriInfo) {
    for (String known : SCHEMAS.keySet()) {
      if (known.equalsIgnoreCase(urn)) {
        return scim(Response.ok(), schema(known, ScimLocations.of(uriInfo)));
      }
    }
    throw ProblemException.notFound("Schema", urn);
  }

  private static ObjectNode userType(ScimLocations at) {
    ObjectNode type = resourceType("User", "/Users", "User Account", Scim.USER, at);
    type.putArray("schemaExtensions")
        .addObject()
        .put("schema", Scim.ENTERPRISE_USER)
        .put("required", false);
    type.set("meta", type.remove("meta"));
    return type;
  }

  private static ObjectNode groupType(ScimLocations at) {
    return resourceType("Group", "/Groups", "Group (a team)", Scim.GROUP, at);
  }

  private static ObjectNode resourceType(
      String name, String endpoint, String description, String schema, ScimLocations at) {
    ObjectNode type = ScimJson.object();
    type.putArray("schemas").add(Scim.RESOURCE_TYPE);
    type.put("id", name);
    type.put("name", name);
    type.put("endpoint", endpoint);
    type.put("description", description);
    type.put("schema", schema);
    type.set("meta", meta("ResourceType", at.resource("/ResourceTypes/" + name)));
    return type;
  }

  private static ObjectNode schema(String urn, ScimLocations at) {
    ObjectNode schema = SCHEMAS.get(urn).deepCopy();
    schema.set("meta", meta("Schema", at.resource(SCHEMAS_PATH + urn)));
    return schema;
  }

  private static ObjectNode list(List<ObjectNode> resources) {
    return new ScimPaging(1, resources.size()).listResponse(resources.size(), resources);
  }

  private static ObjectNode meta(String resourceType, String location) {
    ObjectNode meta = ScimJson.object();
    meta.put("resourceType", resourceType);
    meta.put("location", location);
    return meta;
  }

  private static ObjectNode schema(Class<?> type) {
    try {
      ObjectNode schema = JsonUtils.valueToNode(SchemaUtils.getSchema(type));
      JsonNode attributes = schema.get("attributes");
      if (attributes instanceof ArrayNode list) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if ("password".equals(list.get(i).path("name").asText())) {
            list.remove(i);
          }
        }
      }
      return schema;
    } catch (IntrospectionException e) {
      throw new IllegalStateException("the SCIM SDK describes " + type, e);
    }
  }
}
