package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.ParticipantLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stakeholder by userName and level.")
public record ParticipantRequest(
    @NotBlank @Size(max = 255) @Schema(example = "cfo@example.com") String userName,
    @NotNull @Schema(example = "EXECUTIVE") ParticipantLevel level) {}
