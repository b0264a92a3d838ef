package dev.rapport.notification.api;

import dev.rapport.notification.domain.RuleDelivery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an existing rule delivers (its audience and event type stay)")
public record RuleChange(
    @Schema(
            nullable = true,
            description = "Only tickets at this priority or higher (P1 highest); null = any",
            example = "P1")
        @Pattern(regexp = "^P[1-4]$", message = "must be P1, P2, P3 or P4")
        String minPriority,
    @Schema(description = "IMMEDIATE, DIGEST (daily digest) or NONE", example = "DIGEST") @NotNull
        RuleDelivery delivery) {}
