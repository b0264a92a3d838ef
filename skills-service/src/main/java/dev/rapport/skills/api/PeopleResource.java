package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.PeopleSearch;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People as provisioned from HR, read-only: HR changes them over SCIM. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People provisioned from HR over SCIM; read-only here")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class PeopleResource {
  private final PeopleSearch search;
  private final CurrentCaller caller;

  PeopleResource(PeopleSearch search, CurrentCaller caller) {
    this.search = search;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({AGENT, LEAD, ADMIN, INTEGRATION})
  @Operation(
      summary = "People, by userName (staff)",
      description =
          "Filter by team id, active, and q (a part of the userName or display name, any case);"
              + " paginated by cursor: pass nextCursor as 'after'.")
  public Page<PersonResponse> list(
      @Parameter(description = "team id") @QueryParam("team") String team,
      @Parameter(
              description = "true: only active people; false: only deactivated ones",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("active")
          String activeParameter,
      @Parameter(description = "part of the userName or display name") @QueryParam("q") String q,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    var filter =
        new PeopleSearch.Filter(
            QueryParams.uuidOrNull("team", team),
            QueryParams.booleanOrNull("active", activeParameter),
            q,
            after,
            limit);
    return search.search(filter).map(PersonResponse::of);
  }

  @GET
  @Path("/me")
  @Operation(summary = "The caller as provisioned from HR (any role)")
  @APIResponse(responseCode = "404", description = "The caller's userName is not provisioned")
  @APIResponse(responseCode = "200", description = "The caller as a person")
  public PersonResponse me() {
    return PersonResponse.of(search.me(caller.get()));
  }

  @GET
  @Path("/{idOrUserName}")
  @Operation(
      summary = "One person by id or userName",
      description = "Staff see anyone; others only themselves (anyone else is a 404).")
  public PersonResponse get(@PathParam("idOrUserName") String idOrUserName) {
    return PersonResponse.of(search.visible(idOrUserName, caller.get()));
  }
}
