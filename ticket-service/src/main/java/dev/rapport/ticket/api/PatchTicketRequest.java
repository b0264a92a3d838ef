package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Impact;
import dev.rapport.ticket.domain.TicketChanges;
import dev.rapport.ticket.domain.Urgency;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Fields to change; absent fields stay as they are. Changing impact or urgency recomputes the priority.")
public record PatchTicketRequest(
    @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
    @Size(max = 10000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String description,
    Impact impact,
    Urgency urgency,
    @Size(max = 100) String category,
    @Size(max = 20) List<@Size(min = 1, max = 100) String> requiredSkills,
    UUID businessServiceId) {

  TicketChanges toChanges() {
    return new TicketChanges(
        title, description, impact, urgency, category, requiredSkills, businessServiceId);
  }
}
