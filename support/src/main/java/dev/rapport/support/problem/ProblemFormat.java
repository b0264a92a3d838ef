package dev.rapport.support.problem;

/**
 * An error format other than problem+json, for the paths of a protocol that prescribes its own
 * (SCIM's {@code urn:ietf:params:scim:api:messages:2.0:Error} under {@code /scim/v2}). A service
 * provides one as a CDI bean; {@link ProblemResponses} and the failure handler for security errors
 * before Quarkus REST use it for every error on the paths it {@link #handles}. Every other path
 * keeps application/problem+json.
 */
public interface ProblemFormat {

  /** Whether errors of requests to {@code path} (the raw request path) take this format. */
  boolean handles(String path);

  /** The Content-Type of the error responses, e.g. {@code application/scim+json}. */
  String mediaType();

  /**
   * The response body for {@code problem}: anything the application's ObjectMapper writes as JSON
   * (a Map, a record, a JsonNode). Its status is already the response status.
   */
  Object body(Problem problem);
}
