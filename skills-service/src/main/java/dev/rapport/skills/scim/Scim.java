package dev.rapport.skills.scim;

/** SCIM 2.0 names: media type, schema and message URNs (RFC 7643, RFC 7644). */
final class Scim {
  static final String MEDIA_TYPE = "application/scim+json";
  static final String ROOT = "/scim/v2";

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  static final String SERVICE_PROVIDER_CONFIG =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  /** Most resources a list answers with at once (ServiceProviderConfig filter.maxResults). */
  static final int MAX_RESULTS = 200;

  static final int DEFAULT_COUNT = 100;

  /** The OpenAPI description of the ETag response header. */
  static final String ETAG_HEADER =
      "The resource's version as a weak ETag (W/\"3\"), for If-Match on PUT, PATCH and DELETE";

  private Scim() {}
}
