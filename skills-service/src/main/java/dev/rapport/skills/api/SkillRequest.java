package dev.rapport.skills.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A catalogue skill. The name is unique without regard to case, may not contain a comma and"
            + " may not be a UUID: tickets and queries name skills by id or name.")
public record SkillRequest(
    @NotBlank @Size(max = 100) @Schema(example = "Kubernetes") String name,
    @Size(max = 100) @Schema(example = "Platform") String category,
    @Size(max = 2000) @Schema(example = "Running and troubleshooting workloads on Kubernetes")
        String description) {}
