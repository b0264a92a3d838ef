package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A move in the lifecycle. Resolving needs the resolution note in 'reason'.")
public record TransitionRequest(
    @NotNull @Schema(example = "RESOLVED") TicketStatus to,
    @Size(max = 4000)
        @Schema(
            nullable = true,
            description = "Why: required to resolve (the resolution note), optional otherwise",
            example = "Replaced the faulty VPN concentrator; connections are stable again.")
        String reason) {}
