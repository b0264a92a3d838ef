package dev.rapport.ticket.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.support.problem.ProblemException;
import dev.rapport.ticket.domain.Impact;
import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.PriorityMatrix;
import dev.rapport.ticket.domain.PriorityMatrixRepository;
import dev.rapport.ticket.domain.Urgency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/priority-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority matrix", description = "Impact × urgency → priority")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class PriorityMatrixResource {

  @Schema(
      description = "One cell of the matrix",
      requiredProperties = {"impact", "urgency", "priority"})
  public record Cell(
      @NotNull @Schema(example = "HIGH") Impact impact,
      @NotNull @Schema(example = "MEDIUM") Urgency urgency,
      @NotNull @Schema(example = "P2") Priority priority) {}

  @Schema(description = "All nine cells", requiredProperties = "cells")
  public record Matrix(@NotNull List<@Valid @NotNull Cell> cells) {}

  private final PriorityMatrixRepository repository;

  PriorityMatrixResource(PriorityMatrixRepository repository) {
    this.repository = repository;
  }

  @GET
  @Operation(summary = "The matrix new tickets are prioritised with")
  public Matrix get() {
    return toResponse(repository.load());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RolesAllowed(ADMIN)
  @Operation(
      summary = "Replace the matrix (admin)",
      description =
          "All nine impact × urgency cells are required. Existing tickets keep their priority.")
  @APIResponse(
      responseCode = "200",
      description = "The matrix as saved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Matrix.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Not exactly one cell for each of the nine impact × urgency pairs"
              + " (incomplete-priority-matrix)")
  public Matrix replace(@Valid @NotNull Matrix request) {
    PriorityMatrix matrix = new PriorityMatrix();
    for (Cell cell : request.cells()) {
      matrix.set(cell.impact(), cell.urgency(), cell.priority());
    }
    if (request.cells().size() != 9 || !matrix.isComplete()) {
      throw ProblemException.unprocessable(
          "incomplete-priority-matrix",
          "Give exactly one cell for each of the 9 impact × urgency pairs (HIGH, MEDIUM, LOW each).");
    }
    repository.save(matrix);
    return toResponse(matrix);
  }

  private static Matrix toResponse(PriorityMatrix matrix) {
    List<Cell> cells = new ArrayList<>();
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        cells.add(new Cell(impact, urgency, matrix.priorityOf(impact, urgency)));
      }
    }
    return new Matrix(cells);
  }
}
