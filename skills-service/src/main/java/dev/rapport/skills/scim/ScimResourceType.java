package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a SCIM resource type (Users, Groups) says for itself: how to find, search, represent and
 * change its entities. {@link ScimResourceFlow} does the rest, the same for every type.
 *
 * @param <E> the entity behind a resource
 */
interface ScimResourceType<E> {

  /** The entity with this id, or a 404. */
  E find(UUID id);

  UUID id(E entity);

  /** The entity's version, its ETag and meta.version. */
  int version(E entity);

  /** The entity's absolute URI. */
  String location(ScimLocations at, UUID id);

  /** Attributes a PATCH may not change (400 mutability). */
  Set<String> readOnly();

  /** This page of the entities matching {@code filter} (null: all). */
  ScimPaging.Page<E> search(ScimPaging paging, String filter);

  /**
   * The SCIM representation of each entity, in the same order; what {@code selection} leaves out
   * need not be loaded.
   */
  List<ObjectNode> toScim(List<E> entities, AttributeSelection selection, ScimLocations at);

  /** Provisions an entity from a POST body. */
  E create(ObjectNode resource, String actor);

  /** Replaces everything about an entity with {@code resource}: a PUT body or a patched one. */
  E replace(UUID id, String ifMatch, ObjectNode resource, String actor);

  void delete(UUID id, String ifMatch, String actor);
}
