package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.CurrentCaller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The endpoints of a SCIM resource type (RFC 7644 §3), the same for Users and Groups: create (201
 * with Location), get, list (index paging, filter), replace, patch (applied to the current
 * representation, then replaced), delete. A path id that is not a UUID is a 404; every resource
 * answered carries its version as a weak ETag and is narrowed to attributes/excludedAttributes. The
 * resource methods hold the transaction; changes are flushed before answering so that the version
 * answered is the one stored.
 *
 * @param <E> the entity behind a resource
 */
final class ScimResourceFlow<E> {
  private final ScimResourceType<E> type;
  private final CurrentCaller caller;

  ScimResourceFlow(ScimResourceType<E> type, CurrentCaller caller) {
    this.type = type;
    this.caller = caller;
  }

  Response create(String body, UriInfo uriInfo) {
    E entity = type.create(ScimJson.read(body), actor());
    Panache.getEntityManager().flush();
    ScimLocations at = ScimLocations.of(uriInfo);
    return respond(
        Response.status(201).location(URI.create(type.location(at, type.id(entity)))),
        entity,
        at,
        AttributeSelection.DEFAULT);
  }

  Response get(String id, String attributes, String excludedAttributes, UriInfo uriInfo) {
    E entity = type.find(id(id));
    return respond(
        Response.ok(),
        entity,
        ScimLocations.of(uriInfo),
        AttributeSelection.of(attributes, excludedAttributes));
  }

  Response list(
      String filter,
      String startIndex,
      String count,
      String attributes,
      String excludedAttributes,
      UriInfo uriInfo) {
    ScimPaging paging = ScimPaging.of(startIndex, count);
    AttributeSelection selection = AttributeSelection.of(attributes, excludedAttributes);
    ScimPaging.Page<E> page = type.search(paging, filter);
    List<ObjectNode> resources =
        type.toScim(page.items(), selection, ScimLocations.of(uriInfo)).stream()
            .map(selection::apply)
            .toList();
    return scim(Response.ok(), paging.listResponse(page.totalResults(), resources));
  }

  Response replace(String id, String ifMatch, String body, UriInfo uriInfo) {
    E entity = type.replace(id(id), ifMatch, ScimJson.read(body), actor());
    Panache.getEntityManager().flush();
    return respond(Response.ok(), entity, ScimLocations.of(uriInfo), AttributeSelection.DEFAULT);
  }

  Response patch(
      String id,
      String ifMatch,
      String attributes,
      String excludedAttributes,
      String body,
      UriInfo uriInfo) {
    ObjectNode patchOp = ScimJson.read(body);
    E current = type.find(id(id));
    ScimLocations at = ScimLocations.of(uriInfo);
    ObjectNode patched =
        ScimPatch.apply(
            representation(current, AttributeSelection.DEFAULT, at), patchOp, type.readOnly());
    E entity = type.replace(type.id(current), ifMatch, patched, actor());
    Panache.getEntityManager().flush();
    return respond(
        Response.ok(), entity, at, AttributeSelection.of(attributes, excludedAttributes));
  }

  Response delete(String id, String ifMatch) {
    type.delete(id(id), ifMatch, actor());
    return Response.noContent().build();
  }

  /** {@code body} as application/scim+json. */
  static Response scim(Response.ResponseBuilder builder, ObjectNode body) {
    return builder.type(Scim.MEDIA_TYPE).entity(ScimJson.write(body)).build();
  }

  /** A path id that is not a UUID names nothing: 404, as for an unknown id. */
  private static UUID id(String id) {
    UUID uuid = ScimValues.uuid(id);
    if (uuid == null) {
      throw ProblemException.notFound("Resource", id);
    }
    return uuid;
  }

  private ObjectNode representation(E entity, AttributeSelection selection, ScimLocations at) {
    return type.toScim(List.of(entity), selection, at).get(0);
  }

  /** One resource, narrowed to {@code selection}, with its version as the ETag. */
  private Response respond(
      Response.ResponseBuilder builder, E entity, ScimLocations at, AttributeSelection selection) {
    builder.header("ETag", ScimLocations.version(type.version(entity)));
    return scim(builder, selection.apply(representation(entity, selection, at)));
  }

  private String actor() {
    return caller.get().userName();
  }
}
