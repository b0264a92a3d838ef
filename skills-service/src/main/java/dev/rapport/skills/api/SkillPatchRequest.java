package dev.rapport.skills.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Fields to change; absent fields stay as they are, an empty category or description clears"
            + " it.")
public record SkillPatchRequest(
    @Size(max = 100)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "Kubernetes")
        String name,
    @Size(max = 100) @Schema(example = "Platform") String category,
    @Size(max = 2000) @Schema(example = "Running and troubleshooting workloads on Kubernetes")
        String description) {}
