package dev.rapport.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service shares, written into the OpenAPI document once instead of
 * on each resource method: the problem+json error responses (400 where there is input to refuse,
 * 415 where there is a body, 401 and 403 where a token is needed, 404 where a path names a
 * resource) with the Problem schema, an operationId where none was given, {@code security: []} on
 * the public operations, and a relative server. Annotations on a method win: a status it declares
 * keeps its description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
  public static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_SCHEMA = "Problem";
  static final String FIELD_ERROR_SCHEMA = "FieldError";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
      openAPI.addServer(
          OASFactory.createServer()
              .url("/")
              .description("This service; the gateway serves the same paths"));
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null || !schemas.containsKey(PROBLEM_SCHEMA)) {
      openAPI.getComponents().addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
      openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> complete(path, item, method, operation)));
  }

  private static void complete(
      String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
    if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
      operation.setOperationId(operationId(method, path));
    }
    if (operation.getSecurity() == null) {
      // No @RolesAllowed or @SecurityRequirement: a public operation, said so explicitly.
      operation.setSecurity(new ArrayList<>());
    }
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || hasParameters(operation)
            || (item.getParameters() != null && !item.getParameters().isEmpty());
    if (takesInput) {
      addProblem(responses, "400", "Bad input; `errors` names each invalid field or parameter");
    }
    if (operation.getRequestBody() != null) {
      addProblem(responses, "415", "The body is not sent as application/json");
    }
    if (!operation.getSecurity().isEmpty()) {
      addProblem(responses, "401", "No valid bearer token");
      addProblem(responses, "403", "The token's roles do not allow this operation");
    }
    if (path.contains("{")) {
      addProblem(responses, "404", "Nothing with this id, or not visible to the caller");
    }
    // Error statuses declared by annotations without a body get the problem body.
    if (responses.getAPIResponses() != null) {
      responses
          .getAPIResponses()
          .forEach(
              (status, response) -> {
                if (isError(status) && response.getContent() == null && response.getRef() == null) {
                  response.setContent(problemContent());
                }
              });
    }
  }

  private static boolean hasParameters(Operation operation) {
    return operation.getParameters() != null && !operation.getParameters().isEmpty();
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5");
  }

  private static void addProblem(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse().description(description).content(problemContent());
    responses.addAPIResponse(status, response);
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            PROBLEM_JSON,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA)));
  }

  /**
   * {@code GET /api/v1/tickets/{id}/updates} → {@code getTicketsUpdatesById}: unique, because a
   * method and a path template are.
   */
  static String operationId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    List<String> parameters = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals("api") || segment.matches("v\\d+")) {
        continue;
      }
      if (segment.startsWith("{")) {
        parameters.add(segment.substring(1, segment.length() - 1));
      } else {
        for (String word : segment.split("[^A-Za-z0-9]+")) {
          if (!word.isEmpty()) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
          }
        }
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      String parameter = parameters.get(i);
      id.append(i == 0 ? "By" : "And")
          .append(Character.toUpperCase(parameter.charAt(0)))
          .append(parameter.substring(1));
    }
    return id.toString();
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem: every error of this API. Validation problems list each"
                + " invalid field in errors.")
        .addProperty(
            "type",
            string("A URI naming the kind of problem")
                .examples(List.of("https://rapport.dev/problems/validation-failed")))
        .addProperty(
            "title", string("A short summary of the kind").examples(List.of("Validation failed")))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .description("The HTTP status")
                .examples(List.of(400)))
        .addProperty(
            "detail",
            string("What was wrong with this request").examples(List.of("title must not be blank")))
        .addProperty("instance", string("The request path").examples(List.of("/api/v1/tickets")))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("One entry per invalid field or parameter")
                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
        .addProperty(
            "line",
            integer("Malformed JSON only: the line where reading stopped").examples(List.of(1)))
        .addProperty(
            "column",
            integer("Malformed JSON only: the column where reading stopped").examples(List.of(14)))
        .addProperty(
            "currentETag",
            string("412 only: the resource's current version, to retry with in If-Match")
                .examples(List.of("\"3\"")))
        .addProperty(
            "errorId",
            string("500 only: quote it to support; the server log has the cause under it")
                .examples(List.of("4f1c2e9a")))
        .required(List.of("type", "title", "status"))
        // A problem type may add members of its own (RFC 9457 §3.2), e.g. field or current.
        .additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(true));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One invalid field (a JSON path such as tasks[0].title) or parameter")
        .addProperty(
            "field", string("JSON path or parameter name").examples(List.of("tasks[0].title")))
        .addProperty(
            "message", string("What is wrong with it").examples(List.of("must not be blank")))
        .required(List.of("field", "message"));
  }

  private static Schema integer(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description(description);
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
