package dev.rapport.local.openapi;

import dev.rapport.local.RapportTestResource;
import dev.rapport.local.openapi.OpenApiOperations.Operation;
import dev.rapport.local.openapi.RoleMatrixTable.Verdict;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every operation of a service's own OpenAPI document as each role, with no token and with
 * tokens the service must refuse, and compares the answers with the service's table in
 * docs/security.md ({@link RoleMatrixTable}):
 *
 * <ul>
 *   <li>{@code no} → 403 with a role's token, 401 without one;
 *   <li>{@code yes} → neither 401 nor 403, and never a 5xx;
 *   <li>{@code own} → as {@code yes} on the caller's own fixture, and 403 or 404 on someone else's;
 *   <li>an expired token, one for another audience or from another issuer → 401 wherever "none" is
 *       {@code no} (see {@link #refusingForeignTokens});
 *   <li>an operation of the document missing from the table, or a row the document does not have,
 *       fails.
 * </ul>
 *
 * Every mismatch is collected and reported at once, so one run shows the whole picture.
 */
public final class RoleMatrix {
  /**
   * Values for the path parameters of {@code path} (the template, e.g. "/api/v1/tickets/{id}"), per
   * role; {@code own} false asks for someone else's.
   */
  @FunctionalInterface
  public interface PathValues {
    String value(String role, String path, String parameter, boolean own);
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** The five roles, in the order they are tried: admin last, so its deletes come after all. */
  public static final List<String> ROLES =
      List.of("requester", "agent", "lead", "integration", "admin");

  private final RoleMatrixTable table;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private URI base;
  private Function<String, String> tokens;
  private final Map<String, String> refusedTokens = new LinkedHashMap<>();
  private PathValues pathValues =
      (role, path, parameter, own) -> "00000000-0000-7000-8000-000000000000";
  private final Map<String, String> bodies = new HashMap<>();
  private final Set<String> runLast = new LinkedHashSet<>();
  private int requests;
  private final List<String> undocumented = new ArrayList<>();

  private RoleMatrix(RoleMatrixTable table) {
    this.table = table;
  }

  /** The matrix of {@code service} ("### service" in docs/security.md). */
  public static RoleMatrix forService(String service) {
    return new RoleMatrix(RoleMatrixTable.forService(service));
  }

  /** Where the service answers, e.g. the {@code @TestHTTPResource("/")} URI. */
  public RoleMatrix baseUri(URI base) {
    this.base = base;
    return this;
  }

  /** A valid token for each role of {@link RoleMatrixTable#CALLERS} but "none". */
  public RoleMatrix tokens(Function<String, String> tokenForRole) {
    this.tokens = tokenForRole;
    return this;
  }

  /**
   * Tokens of {@code userName} with {@code role} that the service must refuse: expired, for another
   * audience, from another issuer (all from {@link dev.rapport.local.RapportTestResource}).
   */
  public RoleMatrix refusingForeignTokens(String userName, String role) {
    return refusedToken("expired", RapportTestResource.expiredToken(userName, role))
        .refusedToken(
            "another audience", RapportTestResource.tokenForAudience("crm", userName, role))
        .refusedToken(
            "another issuer",
            RapportTestResource.tokenFromIssuer("https://idp.example.com", userName, role));
  }

  /** A token the service must answer with 401 (expired, another audience, ...), by label. */
  public RoleMatrix refusedToken(String label, String token) {
    refusedTokens.put(label, token);
    return this;
  }

  public RoleMatrix pathValues(PathValues values) {
    this.pathValues = values;
    return this;
  }

  /** A minimal valid-ish body for {@code operation} ("METHOD /path"); "{}" when none is given. */
  public RoleMatrix body(String operation, String json) {
    bodies.put(operation, json);
    return this;
  }

  /** Operations that change their fixture for good (cancel, ...): called after all others. */
  public RoleMatrix runLast(String... operations) {
    runLast.addAll(List.of(operations));
    return this;
  }

  /**
   * Runs the whole matrix.
   *
   * @throws AssertionError listing every mismatch
   */
  public void verify() {
    long started = System.nanoTime();
    List<Operation> operations = new ArrayList<>(OpenApiOperations.fetch(http, base));
    List<String> failures = new ArrayList<>();
    Map<String, Map<String, Verdict>> rows = table.rows();
    Set<String> documented = new LinkedHashSet<>();
    for (Operation operation : operations) {
      documented.add(operation.key());
      if (!rows.containsKey(operation.key())) {
        failures.add(operation.key() + ": in the OpenAPI document but not in the role matrix");
      }
    }
    for (String row : rows.keySet()) {
      if (!documented.contains(row)) {
        failures.add(row + ": in the role matrix but not in the OpenAPI document");
      }
    }
    operations.removeIf(o -> !rows.containsKey(o.key()));
    operations.sort(
        Comparator.comparingInt(
            (Operation o) -> o.method().equals("DELETE") ? 2 : runLast.contains(o.key()) ? 1 : 0));
    for (Operation operation : operations) {
      check(operation, rows.get(operation.key()), failures);
    }
    // Each answer, allowed or refused, must be one the document describes.
    failures.addAll(undocumented);
    System.out.printf(
        "Role matrix of %s: %d operations, %d requests in %d ms%n",
        table.service(), operations.size(), requests, (System.nanoTime() - started) / 1_000_000);
    if (!failures.isEmpty()) {
      throw new AssertionError(
          table.service()
              + " does not match its role matrix in docs/security.md ("
              + failures.size()
              + "):\n  "
              + String.join("\n  ", failures));
    }
  }

  private void check(Operation operation, Map<String, Verdict> row, List<String> failures) {
    Verdict anonymous = row.get("none");
    int status = send(operation, "none", null, true);
    expect(operation, "no token", anonymous, status, true, failures);
    if (anonymous == Verdict.NO) {
      refusedTokens.forEach(
          (label, token) -> {
            int refused = send(operation, "none", token, true);
            if (refused != 401) {
              failures.add(describe(operation, label + " token") + ": want 401, got " + refused);
            }
          });
    }
    for (String role : ROLES) {
      Verdict verdict = row.get(role);
      String token = tokens.apply(role);
      if (verdict == Verdict.OWN) {
        int foreign = send(operation, role, token, false);
        if (foreign != 403 && foreign != 404) {
          failures.add(
              describe(operation, role + " on someone else's")
                  + ": own only, want 403 or 404, got "
                  + foreign);
        }
      }
      expect(operation, role, verdict, send(operation, role, token, true), false, failures);
    }
  }

  private static void expect(
      Operation operation,
      String caller,
      Verdict verdict,
      int status,
      boolean anonymous,
      List<String> failures) {
    if (status >= 500) {
      failures.add(describe(operation, caller) + ": " + status + " (never a 5xx)");
    } else if (verdict == Verdict.NO) {
      int want = anonymous ? 401 : 403;
      if (status != want) {
        failures.add(describe(operation, caller) + ": denied, want " + want + ", got " + status);
      }
    } else if (status == 401 || status == 403) {
      failures.add(describe(operation, caller) + ": allowed, got " + status);
    }
  }

  private static String describe(Operation operation, String caller) {
    return operation.key() + " as " + caller;
  }

  private int send(Operation operation, String role, String token, boolean own) {
    HttpRequest.BodyPublisher body =
        operation.hasBody()
            ? HttpRequest.BodyPublishers.ofString(bodies.getOrDefault(operation.key(), "{}"))
            : HttpRequest.BodyPublishers.noBody();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(fill(operation.path(), role, own)))
            .timeout(Duration.ofSeconds(30))
            .method(operation.method(), body);
    if (operation.hasBody()) {
      request.header("Content-Type", operation.requestMediaType());
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    requests++;
    try {
      HttpRequest sent = request.build();
      HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
      String violations =
          ContractValidation.responseViolations(sent.uri(), operation.method(), response);
      if (violations != null) {
        undocumented.add(describe(operation, role) + ": " + violations);
      }
      return response.statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(operation.key() + " as " + role + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String fill(String template, String role, boolean own) {
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = pathValues.value(role, template, matcher.group(1), own);
      matcher.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    matcher.appendTail(path);
    return path.toString();
  }
}
