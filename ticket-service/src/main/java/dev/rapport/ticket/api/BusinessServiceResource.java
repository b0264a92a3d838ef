package dev.rapport.ticket.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.idempotency.IdempotentCreation;
import dev.rapport.ticket.domain.BusinessService;
import dev.rapport.ticket.domain.Participant;
import dev.rapport.ticket.domain.ServiceCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Business services", description = "The catalogue of services the business consumes")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class BusinessServiceResource {
  static final String ETAG_DESCRIPTION = "The service's version as a strong entity tag, e.g. \"3\"";
  static final String DUPLICATE =
      "Another business service has this name, regardless of case (duplicate-business-service;"
          + " the body names its existingId)";
  static final String UNKNOWN_PERSON =
      "A stakeholder is not a known, active person (unknown-person, person-deactivated), or an"
          + " IT-level stakeholder is not IT staff (not-it-staff)";

  private final ServiceCatalog catalog;
  private final IdempotentCreation creation;

  BusinessServiceResource(ServiceCatalog catalog, IdempotentCreation creation) {
    this.catalog = catalog;
    this.creation = creation;
  }

  @GET
  @Operation(
      summary = "The business services, by name",
      description = "Keyset-paginated: pass nextCursor as 'after'.")
  @APIResponse(
      responseCode = "200",
      description = "One page of services; nextCursor is null on the last")
  @APIResponse(
      responseCode = "400",
      description = "limit out of range or a cursor not of this list")
  public Page<BusinessServiceResponse> list(@Valid @BeanParam PageRequest page) {
    return catalog.list(page.after, page.limit).map(BusinessServiceResponse::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One business service with its stakeholders")
  @APIResponse(
      responseCode = "200",
      description = "The service; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BusinessServiceResponse.class)))
  public Response get(@PathParam("id") String id) {
    return ok(catalog.get(QueryParams.uuid("id", id)));
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Add a business service (admin)",
      description =
          "Send an Idempotency-Key to make retries safe: the same key and body within 24 h"
              + " answer with the service first created.")
  @APIResponse(
      responseCode = "201",
      description =
          "Created (or, for a replayed Idempotency-Key, the service created first); Location"
              + " names it",
      headers = {
        @Header(
            name = "Location",
            description = "The service's URL",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = ETAG_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = IdempotentCreation.REPLAYED,
            description = "true when this answers a retry of an earlier request",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BusinessServiceResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid body (problem+json with field errors), or a WATCHER stakeholder"
              + " (invalid-stakeholder-level)")
  @APIResponse(
      responseCode = "409",
      description =
          DUPLICATE
              + "; or the earlier request with this Idempotency-Key did not finish"
              + " (idempotency-key-incomplete)")
  @APIResponse(
      responseCode = "422",
      description =
          UNKNOWN_PERSON
              + "; or Idempotency-Key already used with another body in the last 24 h"
              + " (idempotency-key-reused)")
  public Response create(
      @Valid @NotNull BusinessServiceRequest request,
      @HeaderParam(IdempotentCreation.HEADER) @Size(max = 255) String idempotencyKey) {
    return creation.create(
        "services",
        idempotencyKey,
        request,
        () ->
            catalog.create(
                    request.name(), request.description(), request.owner(), stakeholders(request))
                .id,
        id -> {
          BusinessService service = catalog.get(id);
          return Response.created(URI.create("/api/v1/services/" + id))
              .header("ETag", ETags.of(service.version))
              .entity(BusinessServiceResponse.of(service));
        });
  }

  @PUT
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Replace a business service (admin); send If-Match with its ETag")
  @APIResponse(
      responseCode = "200",
      description = "The replaced service; ETag carries its version",
      headers =
          @Header(
              name = "ETag",
              description = ETAG_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BusinessServiceResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid body (problem+json with field errors), a malformed If-Match, or a WATCHER"
              + " stakeholder (invalid-stakeholder-level)")
  @APIResponse(responseCode = "409", description = DUPLICATE)
  @APIResponse(
      responseCode = "412",
      description = "If-Match names another version than the service's current one")
  @APIResponse(responseCode = "422", description = UNKNOWN_PERSON)
  public Response replace(
      @PathParam("id") String id,
      @Valid @NotNull BusinessServiceRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    BusinessService service =
        catalog.replace(
            QueryParams.uuid("id", id),
            ifMatch,
            request.name(),
            request.description(),
            request.owner(),
            stakeholders(request));
    BusinessService.flush();
    return ok(service);
  }

  private static List<Participant> stakeholders(BusinessServiceRequest request) {
    return request.stakeholders() == null
        ? List.of()
        : request.stakeholders().stream()
            .map(s -> new Participant(s.userName().strip(), s.level()))
            .toList();
  }

  private static Response ok(BusinessService service) {
    return Response.ok(BusinessServiceResponse.of(service))
        .header("ETag", ETags.of(service.version))
        .build();
  }
}
