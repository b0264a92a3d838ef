package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PUBLIC updates reach the requester; INTERNAL work notes are for IT only.")
public record PostUpdateRequest(
    @NotNull @Schema(example = "PUBLIC") Visibility visibility,
    @NotBlank
        @Size(max = 10000)
        @Schema(example = "We found the cause and are replacing the device.")
        String body) {}
