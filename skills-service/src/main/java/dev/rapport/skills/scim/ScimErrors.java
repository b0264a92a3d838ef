package dev.rapport.skills.scim;

import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.JsonProblems;
import dev.rapport.support.problem.Problem;
import dev.rapport.support.problem.ProblemFormat;
import dev.rapport.support.problem.ValidationProblems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error under /scim/v2 in the SCIM format (RFC 7644 §3.12): {@code application/scim+json}
 * with {@code schemas}, {@code status} as a string, {@code scimType} where one applies, and {@code
 * detail}. Problems from the shared mappers get the scimType that fits their kind.
 */
@ApplicationScoped
class ScimErrors implements ProblemFormat {

  @Override
  public boolean handles(String path) {
    return path.equals(Scim.ROOT) || path.startsWith(Scim.ROOT + "/");
  }

  @Override
  public String mediaType() {
    return Scim.MEDIA_TYPE;
  }

  @Override
  public Object body(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schemas", List.of(Scim.ERROR));
    String scimType = scimType(problem);
    if (scimType != null) {
      body.put("scimType", scimType);
    }
    body.put("detail", detail(problem));
    body.put("status", Integer.toString(problem.status()));
    return body;
  }

  private static String scimType(Problem problem) {
    if (problem.extensions().get(ScimProblems.SCIM_TYPE) instanceof String scimType) {
      return scimType;
    }
    if (problem.status() == 409) {
      return "uniqueness";
    }
    if (problem.status() != 400) {
      return null;
    }
    String type = problem.type();
    if (JsonProblems.MALFORMED_JSON.equals(type) || ETags.MALFORMED_IF_MATCH.equals(type)) {
      return "invalidSyntax";
    }
    // A wrong type, a failed validation, a bad parameter, a rule of the directory: a bad value.
    return "invalidValue";
  }

  private static String detail(Problem problem) {
    if (problem.status() == 415) {
      return "Send the request body as application/scim+json (or application/json)";
    }
    if (ValidationProblems.TYPE.equals(problem.type()) && problem.errors().size() > 1) {
      StringBuilder detail = new StringBuilder();
      problem
          .errors()
          .forEach(
              e ->
                  detail
                      .append(detail.isEmpty() ? "" : "; ")
                      .append(e.field())
                      .append(' ')
                      .append(e.message()));
      return detail.toString();
    }
    return problem.detail() != null ? problem.detail() : problem.title();
  }
}
