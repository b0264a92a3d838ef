package dev.rapport.ticket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person to copy on public updates.")
public record WatcherRequest(
    @NotBlank @Size(max = 255) @Schema(example = "bob@example.com") String userName) {}
