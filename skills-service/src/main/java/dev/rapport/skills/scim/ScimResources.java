package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.support.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What the Users and Groups endpoints answer alike: ids in paths, one resource, a list. */
final class ScimResources {
  private ScimResources() {}

  /** A path id that is not a UUID names nothing: 404, as for an unknown id. */
  static UUID id(String id) {
    UUID uuid = ScimValues.uuid(id);
    if (uuid == null) {
      throw ProblemException.notFound("Resource", id);
    }
    return uuid;
  }

  /** One resource, narrowed to {@code selection}, with its version as the ETag. */
  static Response resource(
      Response.ResponseBuilder builder,
      int version,
      ObjectNode representation,
      AttributeSelection selection) {
    builder.header("ETag", ScimLocations.version(version));
    return scim(builder, selection.apply(representation));
  }

  /** The ListResponse of a page, each resource as {@code toScim} has it, narrowed to selection. */
  static <T> Response list(
      ScimPaging paging,
      ScimPaging.Page<T> page,
      AttributeSelection selection,
      Function<T, ObjectNode> toScim) {
    List<ObjectNode> resources = page.items().stream().map(toScim).map(selection::apply).toList();
    return scim(Response.ok(), paging.listResponse(page.totalResults(), resources));
  }

  /** {@code body} as application/scim+json. */
  static Response scim(Response.ResponseBuilder builder, ObjectNode body) {
    return builder.type(Scim.MEDIA_TYPE).entity(ScimJson.write(body)).build();
  }
}
