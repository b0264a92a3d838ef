package dev.rapport.skills.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.skills.domain.ProficiencyLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/proficiency-levels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skills")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class ProficiencyLevelResource {

  @GET
  @Operation(
      summary = "The five proficiency levels",
      description =
          "1 Awareness, 2 Working, 3 Practitioner, 4 Advanced, 5 Expert, with what each means; the"
              + " same scale for every skill.")
  public List<ProficiencyLevelResponse> list() {
    return Arrays.stream(ProficiencyLevel.values()).map(ProficiencyLevelResponse::of).toList();
  }
}
