package dev.rapport.ticket.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who works on the ticket: an agent's userName, a team id, or both.")
public record AssignmentRequest(
    @Size(max = 255)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(nullable = true, example = "dana@example.com", description = "An agent's userName")
        String assigneeId,
    @Size(max = 100)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(nullable = true, example = "network")
        String teamId) {}
