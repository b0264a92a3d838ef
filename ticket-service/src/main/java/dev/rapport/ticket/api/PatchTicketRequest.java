package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Impact;
import dev.rapport.ticket.domain.TicketChanges;
import dev.rapport.ticket.domain.Urgency;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// Every field is optional, and null means the same as absent: the field stays as it is.
@Schema(
    description =
        "Fields to change; absent (or null) fields stay as they are. Changing impact or urgency recomputes the priority.")
public record PatchTicketRequest(
    @Size(max = 200)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(nullable = true, example = "VPN drops for the whole sales floor")
        String title,
    @Size(max = 10000)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        // The same rule in ECMA 262, which has no inline flags: a pattern matches anywhere.
        @Schema(nullable = true, pattern = "\\S")
        String description,
    @Schema(nullable = true, example = "HIGH") Impact impact,
    @Schema(nullable = true, example = "HIGH") Urgency urgency,
    @Size(max = 100) @Schema(nullable = true, example = "network") String category,
    @Size(max = 20)
        @Schema(nullable = true, description = "Replaces the list", example = "[\"vpn\"]")
        List<@Size(min = 1, max = 100) String> requiredSkills,
    @Schema(nullable = true, description = "A service from GET /api/v1/services")
        UUID businessServiceId) {

  TicketChanges toChanges() {
    return new TicketChanges(
        title, description, impact, urgency, category, requiredSkills, businessServiceId);
  }
}
