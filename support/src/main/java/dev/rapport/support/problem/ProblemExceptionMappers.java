package dev.rapport.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception that escapes a Quarkus REST resource becomes application/problem+json.
 *
 * <p>Quarkus REST picks the mapper registered for the class nearest to the thrown exception, and
 * among mappers for the same class the lowest priority number. Quarkus brings its own mappers for
 * some of the classes listed here (Jackson's MismatchedInputException at USER + 100, Bean
 * Validation's ValidationException, NotFoundException in dev and test mode, the security
 * exceptions), so each of those is named explicitly at priority USER, which wins; Throwable catches
 * everything else.
 */
public class ProblemExceptionMappers {
  private final ProblemResponses responses;

  ProblemExceptionMappers(ProblemResponses responses) {
    this.responses = responses;
  }

  @ServerExceptionMapper({
    ProblemException.class,
    ConstraintViolationException.class,
    JsonProcessingException.class,
    JsonMappingException.class,
    MismatchedInputException.class,
    WebApplicationException.class,
    NotFoundException.class,
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    ForbiddenException.class,
    OptimisticLockException.class,
    StaleObjectStateException.class,
    Throwable.class
  })
  public Response toProblem(Throwable e, UriInfo uriInfo) {
    return responses.toResponse(e, uriInfo.getRequestUri().getRawPath());
  }
}
