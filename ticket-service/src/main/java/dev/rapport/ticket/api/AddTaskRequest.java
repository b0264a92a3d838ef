package dev.rapport.ticket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of the work; the requester sees how many steps are done.")
public record AddTaskRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Order replacement laptop") String title) {}
