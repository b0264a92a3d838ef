package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Impact;
import dev.rapport.ticket.domain.NewTicket;
import dev.rapport.ticket.domain.TicketType;
import dev.rapport.ticket.domain.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description = "A new incident or service request. Priority is derived from impact and urgency.")
public record CreateTicketRequest(
    @NotNull @Schema(example = "INCIDENT") TicketType type,
    @NotBlank @Size(max = 200) @Schema(example = "VPN drops every few minutes") String title,
    @NotBlank
        @Size(max = 10000)
        @Schema(
            example =
                "Since this morning the VPN disconnects every 5 minutes for the whole sales team.")
        String description,
    @NotNull @Schema(example = "HIGH", description = "How much of the business is affected")
        Impact impact,
    @NotNull @Schema(example = "MEDIUM", description = "How soon it must be fixed") Urgency urgency,
    @Schema(
            nullable = true,
            description =
                "A service from GET /api/v1/services; its stakeholders are copied to the ticket")
        UUID businessServiceId,
    @Size(max = 100) @Schema(nullable = true, example = "network") String category,
    @Size(max = 20)
        @Schema(
            nullable = true,
            description = "Skills the work needs, by catalogue id or unique name",
            example = "[\"vpn\"]")
        List<@NotBlank @Size(max = 100) String> requiredSkills,
    @Size(max = 50)
        @Schema(
            nullable = true,
            description = "userNames copied on public updates",
            example = "[\"bob@example.com\"]")
        List<@NotBlank @Size(max = 255) String> watchers,
    @Size(max = 255)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(
            nullable = true,
            description = "IT staff only: raise the ticket on behalf of this userName",
            example = "alice@example.com")
        String requester) {

  NewTicket toNewTicket() {
    return new NewTicket(
        type,
        title,
        description,
        impact,
        urgency,
        businessServiceId,
        category,
        requiredSkills,
        watchers,
        requester);
  }
}
