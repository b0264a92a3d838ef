package dev.rapport.notification.api;

import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.RuleDelivery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new audience rule: who hears which ticket event, and how")
public record RuleRequest(
    @Schema(
            description =
                "REQUESTER, WATCHER, END_USER, BUSINESS_OWNER, EXECUTIVE, ASSIGNEE, TEAM,"
                    + " TEAM_LEAD (team members with the lead role) or IT",
            example = "BUSINESS_OWNER")
        @NotNull
        Audience audience,
    @Schema(
            description =
                "A ticket event type; rapport.ticket.update-posted.v1#internal for internal work"
                    + " notes (IT audiences only)",
            example = "rapport.ticket.task-completed.v1")
        @NotBlank
        @Size(max = 100)
        String eventType,
    @Schema(
            nullable = true,
            description = "Only tickets at this priority or higher (P1 highest); null = any",
            example = "P2")
        @Pattern(regexp = "^P[1-4]$", message = "must be P1, P2, P3 or P4")
        String minPriority,
    @Schema(description = "IMMEDIATE, DIGEST (daily digest) or NONE", example = "IMMEDIATE")
        @NotNull
        RuleDelivery delivery) {}
