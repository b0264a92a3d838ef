package dev.rapport.local.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every REST Assured call of a service's tests, checked against the service's own OpenAPI document
 * ({@code /q/openapi} of the application under test): the request (path, parameters, body, content
 * type) and the response (status documented, content type, body schema with nullability and no
 * undocumented properties). A mismatch fails the test with the validator's messages.
 *
 * <p>Installed for every {@code @QuarkusTest} by {@link ContractValidationCallback}, so a new test
 * is checked without asking. A call that sends an invalid request on purpose says so with {@code
 * given().filter(ContractValidation.invalidRequestOnPurpose())}: its request is not checked, its
 * response still is. Quarkus's own endpoints ({@code /q/...}) are not part of the documents.
 */
public final class ContractValidation implements OrderedFilter {
  private static final ContractValidation INSTANCE = new ContractValidation();

  /** What the validator says of a call to a path or method the document does not have. */
  private static final Set<String> NOT_IN_DOCUMENT =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** One validator per application under test (a test profile starts another on a new port). */
  private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

  private ContractValidation() {}

  /** Adds the filter to REST Assured's default filters once. */
  public static void install() {
    if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
      RestAssured.filters(INSTANCE);
    }
  }

  /**
   * For a call whose request breaks the document on purpose (bad input, a missing token, an unknown
   * path): the request is not checked, the response is.
   */
  public static Filter invalidRequestOnPurpose() {
    return new InvalidRequestOnPurpose();
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpecification,
      FilterContext context) {
    URI uri = URI.create(request.getURI());
    // Only the application under test has this document (Quarkus points REST Assured at it);
    // a call to a test's own receiver, or to Quarkus's /q endpoints, is not part of it.
    if (uri.getPort() != RestAssured.port || uri.getPath().startsWith("/q/")) {
      return context.next(request, responseSpecification);
    }
    boolean requestOnPurpose =
        request.getDefinedFilters().stream().anyMatch(InvalidRequestOnPurpose.class::isInstance);
    bearerAsHeader(request);
    Request checkedRequest = RestAssuredRequest.of(request);
    Response response = context.next(request, responseSpecification);
    OpenApiInteractionValidator validator = validatorFor(uri);
    ValidationReport report =
        requestOnPurpose
            ? validator.validateResponse(
                uri.getPath(), checkedRequest.getMethod(), RestAssuredResponse.of(response))
            : validator.validate(checkedRequest, RestAssuredResponse.of(response));
    if (requestOnPurpose) {
      // Sent on purpose to a path or method the document does not have (for its 404 or 405):
      // there is no operation to check the response against; the test asserts it itself.
      report =
          ValidationReport.from(
              report.getMessages().stream()
                  .filter(m -> !NOT_IN_DOCUMENT.contains(m.getKey()))
                  .toList());
    }
    if (report.hasErrors()) {
      throw new AssertionError(
          describe(request.getMethod(), uri, response.statusCode(), report, response.asString()));
    }
    return response;
  }

  /**
   * For tests that call with {@link HttpClient} rather than REST Assured (the bad-input walk, the
   * role matrix): what in {@code response} to a {@code method} call of {@code uri} the document
   * does not say, or null when it matches. The request is not checked; such tests send bad ones.
   */
  public static String responseViolations(URI uri, String method, HttpResponse<String> response) {
    SimpleResponse.Builder checked =
        SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response.headers().map().forEach(checked::withHeader);
    ValidationReport report =
        INSTANCE
            .validatorFor(uri)
            .validateResponse(
                uri.getPath(),
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                checked.build());
    return report.hasErrors()
        ? describe(method, uri, response.statusCode(), report, response.body())
        : null;
  }

  private static String describe(
      String method, URI uri, int status, ValidationReport report, String body) {
    return "%s %s → %d does not match the service's OpenAPI document:%n%s%nResponse body: %s"
        .formatted(
            method,
            uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
            status,
            report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
                .collect(Collectors.joining(System.lineSeparator())),
            abbreviated(body));
  }

  /**
   * {@code auth().oauth2(token)} is applied after the filters, out of their sight; the same header
   * set here is what the validator can see (and what goes on the wire either way).
   */
  private static void bearerAsHeader(FilterableRequestSpecification request) {
    if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2
        && !request.getHeaders().hasHeaderWithName("Authorization")) {
      // In this order: none() also drops an Authorization header.
      request.auth().none();
      request.header("Authorization", "Bearer " + oauth2.getAccessToken());
    }
  }

  /** After the filters that shape the request (auth, content type), before none that matter. */
  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  private OpenApiInteractionValidator validatorFor(URI uri) {
    String origin = uri.getScheme() + "://" + uri.getAuthority();
    return validators.computeIfAbsent(
        origin,
        o ->
            OpenApiInteractionValidator.createForInlineApiSpecification(document(o))
                .withStrictOperationPathMatching()
                .build());
  }

  private static String document(String origin) {
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET %s/q/openapi answered %d".formatted(origin, response.statusCode()));
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + origin + "/q/openapi", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviated(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 800 ? flat.substring(0, 800) + "…" : flat;
  }

  /** Marks a call; does nothing itself. */
  private static final class InvalidRequestOnPurpose implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification response,
        FilterContext context) {
      return context.next(request, response);
    }

    @Override
    public String toString() {
      return "invalid request on purpose";
    }
  }
}
