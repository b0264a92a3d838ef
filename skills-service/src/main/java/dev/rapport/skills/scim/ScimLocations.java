package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;

/** Absolute resource URIs ({@code meta.location}, {@code $ref}) under the request's base URI. */
record ScimLocations(String base) {

  static ScimLocations of(UriInfo uriInfo) {
    String root = uriInfo.getBaseUri().toString();
    return new ScimLocations(
        (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + Scim.ROOT);
  }

  String user(UUID id) {
    return base + "/Users/" + id;
  }

  String group(UUID id) {
    return base + "/Groups/" + id;
  }

  /** The service's Swagger UI, which documents these endpoints. */
  String documentation() {
    return base.substring(0, base.length() - Scim.ROOT.length()) + "/q/swagger-ui";
  }

  String resource(String path) {
    return base + path;
  }

  /** The weak ETag SCIM uses for a version: {@code W/"3"}. */
  static String version(int version) {
    return "W/\"" + version + "\"";
  }

  static ObjectNode meta(
      String resourceType, Instant created, Instant lastModified, String location, int version) {
    ObjectNode meta = ScimJson.object();
    meta.put("resourceType", resourceType);
    meta.put("created", created.toString());
    meta.put("lastModified", lastModified.toString());
    meta.put("location", location);
    meta.put("version", version(version));
    return meta;
  }
}
