package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;

import dev.rapport.engagement.domain.FactImport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/facts:import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts", description = "History from a previous tool, as facts the metrics count")
@SecurityRequirement(name = "jwt")
@RolesAllowed(ADMIN)
public class FactImportResource {
  static final String NDJSON = "application/x-ndjson";

  private final FactImport facts;

  FactImportResource(FactImport facts) {
    this.facts = facts;
  }

  /** What an import did. */
  @Schema(name = "FactImportResult")
  public record ImportResponse(
      @Schema(description = "Facts appended and counted in the roll-ups") int accepted,
      @Schema(description = "Facts whose id was stored already (nothing changed)") int duplicates,
      @Schema(description = "Lines not imported, with why") List<RejectedLine> rejected) {}

  /** A line not imported. */
  @Schema(name = "RejectedFactLine")
  public record RejectedLine(
      @Schema(description = "1-based line number", example = "3") int line,
      @Schema(example = "occurredAt is required") String reason) {}

  @POST
  @Transactional
  @Consumes(NDJSON)
  @Operation(
      summary = "Import facts (admin)",
      description =
          "One JSON fact a line, as the service stores it: id (UUID, the idempotency key), kind,"
              + " label, occurredAt (its original instant), teamId, businessServiceId, priority,"
              + " subject, measure, sourceEventId. Valid lines are appended and counted in the"
              + " roll-ups of their day; a known id is a duplicate; invalid lines are reported.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = NDJSON,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
              example =
                  "{\"id\":\"0e0f6a49-52a4-4b8e-9a55-0d6f9f8f3c11\",\"kind\":\"TICKET_OPENED\","
                      + "\"occurredAt\":\"2026-06-01T09:00:00Z\",\"teamId\":\"network\","
                      + "\"priority\":\"P2\",\"subject\":\"INC0012345\",\"measure\":1}"))
  @APIResponse(responseCode = "200", description = "What was imported, and what not")
  @APIResponse(responseCode = "400", description = "No line could be imported")
  public ImportResponse importFacts(String ndjson) {
    FactImport.Result result = facts.importFacts(ndjson);
    return new ImportResponse(
        result.accepted(),
        result.duplicates(),
        result.rejected().stream().map(r -> new RejectedLine(r.line(), r.reason())).toList());
  }
}
