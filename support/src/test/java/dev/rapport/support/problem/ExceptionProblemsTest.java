package dev.rapport.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.junit.jupiter.api.Test;

class ExceptionProblemsTest {

  @Test
  void findsMalformedJsonInsideTheWebApplicationExceptionQuarkusWrapsItIn() throws Exception {
    JsonParseException parse = parseError("{\"title\": }");
    Problem problem =
        ExceptionProblems.known(new WebApplicationException(parse, 400)).orElseThrow();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("malformed-json");
    assertThat(problem.extensions()).containsEntry("line", 1).containsKey("column");
  }

  @Test
  void findsAStaleVersionBehindAFailedCommit() {
    RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
    commit.initCause(
        new OptimisticLockException("Row was updated or deleted by another transaction"));

    Problem problem = ExceptionProblems.known(new IllegalStateException(commit)).orElseThrow();

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.type()).isEqualTo("stale-version");
    assertThat(
            ExceptionProblems.known(new StaleObjectStateException("Ticket", 1))
                .orElseThrow()
                .status())
        .isEqualTo(412);
  }

  @Test
  void keepsTheStatusOfFrameworkExceptions() {
    Problem problem = ExceptionProblems.known(new NotAllowedException("GET")).orElseThrow();

    assertThat(problem.status()).isEqualTo(405);
    assertThat(problem.type()).isEqualTo("method-not-allowed");
    assertThat(problem.title()).isEqualTo("Method not allowed");
  }

  @Test
  void prefersADomainProblemOverItsWrapper() {
    ProblemException domain =
        ProblemException.conflict("illegal-transition", "no", Map.of("allowed", "x"));
    Problem problem =
        ExceptionProblems.known(new WebApplicationException(domain, 500)).orElseThrow();

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.extensions()).containsEntry("allowed", "x");
  }

  @Test
  void prefersADomainProblemThrownInsideJackson() {
    ProblemException domain = ProblemException.badRequest("title-too-long", "title is too long");
    var instantiation =
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.from(
            (com.fasterxml.jackson.core.JsonParser) null, "cannot construct", null, domain);

    Problem problem =
        ExceptionProblems.known(new WebApplicationException(instantiation, 400)).orElseThrow();

    assertThat(problem.type()).isEqualTo("title-too-long");
  }

  @Test
  void turnsParametersQuarkusCannotConvertIntoA400() {
    Problem number =
        ExceptionProblems.known(
                new NotFoundException(new NumberFormatException("For input string: \"abc\"")))
            .orElseThrow();
    Problem enumValue =
        ExceptionProblems.known(
                new NotFoundException(
                    new IllegalArgumentException("No enum constant dev.rapport.Status.OPENED")))
            .orElseThrow();

    assertThat(number.status()).isEqualTo(400);
    assertThat(number.type()).isEqualTo("invalid-parameter");
    assertThat(number.detail()).contains("a number was expected").contains("abc");
    assertThat(enumValue.detail()).contains("'OPENED'").doesNotContain("dev.rapport");
    assertThat(ExceptionProblems.known(new NotFoundException()).orElseThrow().status())
        .isEqualTo(404);
  }

  @Test
  void answersSecurityExceptionsWithTheirStatus() {
    assertThat(ExceptionProblems.known(new UnauthorizedException()).orElseThrow().status())
        .isEqualTo(401);
    assertThat(
            ExceptionProblems.known(new io.quarkus.security.ForbiddenException())
                .orElseThrow()
                .status())
        .isEqualTo(403);
  }

  @Test
  void answersADuplicateKeyWithA409ButANullColumnWithA500() {
    var duplicate =
        new org.hibernate.exception.ConstraintViolationException(
            "duplicate key",
            new java.sql.SQLException("23505"),
            ConstraintKind.UNIQUE,
            "ticket_key_key");
    var notNull =
        new org.hibernate.exception.ConstraintViolationException(
            "null value", new java.sql.SQLException("23502"), ConstraintKind.NOT_NULL, "title");

    assertThat(ExceptionProblems.known(duplicate).orElseThrow().status()).isEqualTo(409);
    assertThat(ExceptionProblems.known(notNull)).isEmpty();
  }

  @Test
  void leavesUnknownExceptionsAndFailedCallsToOtherServicesToTheGeneric500() {
    assertThat(ExceptionProblems.known(new NullPointerException())).isEmpty();
    assertThat(
            ExceptionProblems.known(
                new ClientWebApplicationException(Response.status(404).build())))
        .isEmpty();
  }

  @Test
  void saysNothingOfTheServersInsidesIn500s() {
    Problem problem = ExceptionProblems.internalError("abc");

    assertThat(problem.body())
        .containsEntry("status", 500)
        .containsEntry("type", "https://rapport.dev/problems/internal-error")
        .containsEntry("errorId", "abc");
    assertThat(problem.detail()).doesNotContain("Exception");
  }

  private static JsonParseException parseError(String json) throws Exception {
    try {
      new ObjectMapper().readTree(json);
      throw new AssertionError("parsed");
    } catch (JsonParseException e) {
      return e;
    }
  }
}
