package dev.rapport.skills.scim;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Under /scim/v2 errors are SCIM Error messages (RFC 7644 §3.12) in application/scim+json, not
 * problem+json: this documents them so. It declares the error statuses itself, and gives the common
 * ones SCIM's wording. It runs after support's ProblemResponsesFilter (priority 0 against the
 * default 1: a higher priority runs first, and at equal priority the order is not stable), so a 404
 * already declared, by an annotation or by support, keeps its wording. It also adds the SCIM
 * resource and message schemas ({@link ScimSchemas}) the resources' annotations refer to, and
 * describes the SCIM query parameters, which the resources take as text so that a bad one is a SCIM
 * error rather than the framework's 404.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ScimOpenApiFilter implements OASFilter {
  private static final String SCIM_JSON = "application/scim+json";
  private static final String SCIM_ERROR = "ScimError";
  private static final String BAD_INPUT =
      "Bad input; scimType says which kind: invalidValue, invalidSyntax (not a JSON object, a"
          + " bad PatchOp), invalidFilter, tooMany, invalidPath, noTarget or mutability";
  private static final String UNSUPPORTED =
      "The body is not sent as application/scim+json or application/json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCIM_ERROR, errorSchema());
    ScimSchemas.all().forEach(openAPI.getComponents()::addSchema);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/scim/v2")) {
                return;
              }
              item.getOperations()
                  .forEach(
                      (method, operation) -> {
                        APIResponses responses = operation.getResponses();
                        if (responses == null) {
                          responses = OASFactory.createAPIResponses();
                          operation.setResponses(responses);
                        }
                        boolean takesInput =
                            operation.getRequestBody() != null
                                || (operation.getParameters() != null
                                    && !operation.getParameters().isEmpty());
                        if (operation.getParameters() != null) {
                          operation.getParameters().forEach(ScimOpenApiFilter::describe);
                        }
                        if (takesInput) {
                          declare(responses, "400", BAD_INPUT);
                        }
                        if (operation.getRequestBody() != null) {
                          declare(responses, "415", UNSUPPORTED);
                        }
                        declare(responses, "401", "No valid bearer token");
                        declare(responses, "403", "The token lacks the integration role");
                        if (path.contains("{")) {
                          declare(responses, "404", "No resource with this id");
                        }
                        for (Map.Entry<String, APIResponse> response :
                            responses.getAPIResponses().entrySet()) {
                          if (response.getKey().startsWith("4")
                              || response.getKey().startsWith("5")) {
                            response.getValue().setContent(errorContent());
                          }
                        }
                      });
            });
  }

  private static void declare(APIResponses responses, String status, String description) {
    APIResponse declared = responses.getAPIResponse(status);
    if (declared == null) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(description).content(errorContent()));
    } else if (!status.equals("404")) {
      // support's wording is problem+json's (`errors`, application/json only); SCIM's is this.
      declared.description(description);
    }
  }

  /** The SCIM query and header parameters, which the resources take as plain strings. */
  private static void describe(Parameter parameter) {
    String description =
        switch (parameter.getName()) {
          case "filter" ->
              "A filter (RFC 7644 §3.4.2.2), e.g. userName eq \"sam@example.com\";"
                  + " 400 invalidFilter when it is not valid, tooMany when it has too many parts";
          case "startIndex" -> "The 1-based index of the first result; default 1, below 1 is 1";
          case "count" ->
              "Results per page; default "
                  + Scim.DEFAULT_COUNT
                  + ", at most "
                  + Scim.MAX_RESULTS
                  + " (more is "
                  + Scim.MAX_RESULTS
                  + "), 0 answers only totalResults";
          case "attributes" ->
              "Attributes to return, comma-separated (id and schemas always are), e.g."
                  + " userName,name.givenName";
          case "excludedAttributes" -> "Attributes to leave out, comma-separated, e.g. members";
          case "If-Match" ->
              "The ETag of the version this change is based on (W/\"3\"); 412 when it is no"
                  + " longer current, 400 when it is not an ETag. Without it, the change applies"
                  + " to whatever is current.";
          case "id" -> "The resource's id; one that is not a UUID names nothing (404)";
          case "name" -> "User or Group, without regard to case";
          case "urn" -> "A schema's URN, e.g. " + Scim.USER;
          default -> null;
        };
    if (description != null && parameter.getDescription() == null) {
      parameter.description(description);
    }
    if (parameter.getName().equals("startIndex") || parameter.getName().equals("count")) {
      // Read as text so that "many" is a SCIM 400 invalidValue; it is an integer all the same.
      parameter.schema(
          OASFactory.createSchema()
              .addType(Schema.SchemaType.INTEGER)
              .format("int32")
              .examples(List.of(parameter.getName().equals("count") ? 100 : 1)));
    }
  }

  private static Content errorContent() {
    return OASFactory.createContent()
        .addMediaType(
            SCIM_JSON,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCIM_ERROR)));
  }

  private static Schema errorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("A SCIM error message (RFC 7644 section 3.12)")
        .addProperty(
            "schemas",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .examples(List.of(List.of("urn:ietf:params:scim:api:messages:2.0:Error"))))
        .addProperty("status", text("The HTTP status, as a string", "400"))
        .addProperty(
            "scimType",
            text("The kind of bad request, e.g. invalidFilter, uniqueness", "invalidValue"))
        .addProperty("detail", text("What was wrong", "userName is required"))
        .required(List.of("schemas", "status"));
  }

  private static Schema text(String description, String example) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .description(description)
        .examples(List.of(example));
  }
}
