package dev.rapport.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Renders problems as {@code application/problem+json} responses, or in the format of a {@link
 * ProblemFormat} bean that handles the problem's path ({@code instance}). The body is written here
 * as a string with the application's ObjectMapper, because a JSON message body writer is not
 * selected for the problem media type.
 */
@ApplicationScoped
public class ProblemResponses {
  private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

  /** What smallrye-jwt's mechanism challenges with; a 401 without it is not a proper 401. */
  static final String BEARER_CHALLENGE = "Bearer";

  private final ObjectMapper objectMapper;
  private final List<ProblemFormat> formats;

  ProblemResponses(ObjectMapper objectMapper, Instance<ProblemFormat> formats) {
    this.objectMapper = objectMapper;
    this.formats = formats.stream().toList();
  }

  /** An error response's Content-Type and body text. */
  public record Rendered(String mediaType, String body) {}

  /**
   * The problem for an exception that escaped a request to {@code path}. Unknown exceptions become
   * a generic 500, logged here once with their stack trace and an error id the client also gets.
   */
  public Problem problemFor(Throwable e, String path) {
    return ExceptionProblems.known(e)
        .orElseGet(
            () -> {
              String errorId = UUID.randomUUID().toString();
              LOG.errorf(e, "Request to %s failed [errorId=%s]", path, errorId);
              return ExceptionProblems.internalError(errorId);
            })
        .withInstance(path);
  }

  /** The response for an exception: a problem, with the headers the status calls for. */
  public Response toResponse(Throwable e, String path) {
    if (e instanceof WebApplicationException web && isFinished(web.getResponse())) {
      return web.getResponse();
    }
    Response.ResponseBuilder response = builder(problemFor(e, path));
    if (e instanceof WebApplicationException web) {
      // Keep what the framework said alongside the status, e.g. Allow on a 405.
      web.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.regionMatches(true, 0, "Content-", 0, 8)) {
                  values.forEach(value -> response.header(name, value));
                }
              });
    }
    return response.build();
  }

  /** The response for {@code problem}, in the format its {@code instance} path calls for. */
  public Response toResponse(Problem problem) {
    return builder(problem).build();
  }

  /**
   * The problem as the Content-Type and body text its path calls for ({@code instance}: a {@link
   * ProblemFormat} that handles it, else problem+json), for writers that are not JAX-RS (e.g. a
   * Vert.x failure handler).
   */
  public Rendered render(Problem problem) {
    String path = problem.instance();
    if (path != null) {
      for (ProblemFormat format : formats) {
        if (format.handles(path)) {
          return new Rendered(format.mediaType(), write(format, problem));
        }
      }
    }
    return new Rendered(Problem.MEDIA_TYPE, json(problem));
  }

  private String write(ProblemFormat format, Problem problem) {
    try {
      return objectMapper.writeValueAsString(format.body(problem));
    } catch (JsonProcessingException e) {
      LOG.warnf("Could not serialise the %s error body for %s: %s", format, problem, e);
      return json(problem);
    }
  }

  /** The problem as problem+json text. */
  public String json(Problem problem) {
    try {
      return objectMapper.writeValueAsString(problem.body());
    } catch (JsonProcessingException e) {
      // An extension the mapper cannot write: answer with the standard members only.
      LOG.warnf("Could not serialise problem extensions %s: %s", problem.extensions(), e);
      return json(
          new Problem(
              problem.status(),
              problem.type(),
              problem.title(),
              problem.detail(),
              problem.instance(),
              problem.errors(),
              null));
    }
  }

  private Response.ResponseBuilder builder(Problem problem) {
    Rendered rendered = render(problem);
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(rendered.mediaType()).entity(rendered.body());
    if (problem.status() == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    return builder;
  }

  /** A response someone built on purpose (with a body, or a redirect) is not ours to replace. */
  private static boolean isFinished(Response response) {
    return response.hasEntity()
        || response.getStatusInfo().getFamily() == Response.Status.Family.REDIRECTION;
  }
}
