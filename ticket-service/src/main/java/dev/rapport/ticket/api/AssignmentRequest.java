package dev.rapport.ticket.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who works on the ticket: an agent's userName, a team id, or both.")
public record AssignmentRequest(
    @Size(max = 255)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "dana@example.com")
        String assigneeId,
    @Size(max = 100)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "network")
        String teamId) {}
