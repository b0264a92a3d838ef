package dev.rapport.support.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problem bodies for security failures that happen before a request reaches Quarkus REST, where
 * exception mappers never see them: an invalid or expired token rejected by proactive
 * authentication, or a denial by an HTTP permission policy. Quarkus has already set the status and
 * the challenge header when the failure arrives here; this only writes the body, in the format the
 * path calls for (see {@link ProblemFormat}).
 */
@ApplicationScoped
class AuthFailureProblems {
  private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
  private final ProblemResponses responses;

  AuthFailureProblems(ProblemResponses responses) {
    this.responses = responses;
  }

  void register(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
  }

  void handle(RoutingContext context) {
    Problem problem = problemFor(context.failure());
    HttpServerResponse response = context.response();
    if (problem == null || response.ended() || response.headWritten()) {
      context.next();
      return;
    }
    response.setStatusCode(problem.status());
    if (problem.status() == 401 && response.headers().get(WWW_AUTHENTICATE) == null) {
      response.putHeader(WWW_AUTHENTICATE, ProblemResponses.BEARER_CHALLENGE);
    }
    ProblemResponses.Rendered rendered =
        responses.render(problem.withInstance(context.request().path()));
    response.putHeader(HttpHeaders.CONTENT_TYPE, rendered.mediaType()).end(rendered.body());
  }

  private static Problem problemFor(Throwable failure) {
    if (failure instanceof AuthenticationFailedException
        || failure instanceof UnauthorizedException) {
      return ExceptionProblems.unauthorized();
    }
    if (failure instanceof ForbiddenException) {
      return ExceptionProblems.forbidden();
    }
    return null;
  }
}
