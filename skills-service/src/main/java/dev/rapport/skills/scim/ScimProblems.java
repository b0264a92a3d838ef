package dev.rapport.skills.scim;

import dev.rapport.support.problem.ProblemException;
import java.util.Map;

/**
 * SCIM errors (RFC 7644 §3.12) as problems: the {@code scimType} travels as an extension that
 * {@link ScimErrors} puts in the SCIM error body.
 */
final class ScimProblems {
  static final String SCIM_TYPE = "scimType";

  private ScimProblems() {}

  static ProblemException invalidFilter(String detail) {
    return badRequest("invalidFilter", detail);
  }

  static ProblemException tooMany(String detail) {
    return badRequest("tooMany", detail);
  }

  static ProblemException invalidValue(String detail) {
    return badRequest("invalidValue", detail);
  }

  static ProblemException invalidSyntax(String detail) {
    return badRequest("invalidSyntax", detail);
  }

  static ProblemException invalidPath(String detail) {
    return badRequest("invalidPath", detail);
  }

  static ProblemException noTarget(String detail) {
    return badRequest("noTarget", detail);
  }

  static ProblemException mutability(String detail) {
    return badRequest("mutability", detail);
  }

  static ProblemException badRequest(String scimType, String detail) {
    return new ProblemException(
        400, "scim-" + scimType, "Bad request", detail, Map.of(SCIM_TYPE, scimType));
  }
}
