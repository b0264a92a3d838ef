package dev.rapport.ticket.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who works on the ticket: an agent's userName, a team id, or both.")
public record AssignmentRequest(
    @Size(max = 255) @Schema(example = "dana@example.com") String assigneeId,
    @Size(max = 100) @Schema(example = "network") String teamId) {}
