package dev.rapport.support.input;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.problem.ProblemResponses;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path and query parameters with control characters (a NUL breaks PostgreSQL's text
 * parameters; no id, name or filter means one) with a 400 naming the parameter, before any resource
 * runs. After matching, so that path parameters have their names.
 */
public class ParameterGuard {
  private final ProblemResponses responses;

  ParameterGuard(ProblemResponses responses) {
    this.responses = responses;
  }

  @ServerRequestFilter
  public Response refuseControlCharacters(UriInfo uriInfo) {
    String refused = firstRefused(uriInfo.getPathParameters(true));
    if (refused == null) {
      refused = firstRefused(uriInfo.getQueryParameters(true));
    }
    if (refused == null) {
      return null;
    }
    return responses.toResponse(
        ProblemException.invalidParameter(refused, InputRules.CONTROL_CHARACTERS),
        uriInfo.getRequestUri().getRawPath());
  }

  private static String firstRefused(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (!InputRules.isAcceptableParameter(parameter.getKey())) {
        return "a query parameter name";
      }
      for (String value : parameter.getValue()) {
        if (value != null && !InputRules.isAcceptableParameter(value)) {
          return parameter.getKey();
        }
      }
    }
    return null;
  }
}
