package dev.rapport.skills.scim;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Under /scim/v2 errors are SCIM Error messages (RFC 7644 §3.12) in application/scim+json, not
 * problem+json: this documents them so. It declares the error statuses itself, so the result is the
 * same whether support's ProblemResponsesFilter runs before or after it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ScimOpenApiFilter implements OASFilter {
  private static final String SCIM_JSON = "application/scim+json";
  private static final String SCIM_ERROR = "ScimError";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCIM_ERROR, errorSchema());
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
                        if (takesInput) {
                          declare(responses, "400", "Bad input (scimType says which kind)");
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
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(description).content(errorContent()));
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
