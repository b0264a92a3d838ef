package dev.rapport.notification.api;

import dev.rapport.notification.domain.SubscriptionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A chat room or external system to send events to.")
public record SubscriptionRequest(
    @NotNull @Schema(example = "WEBHOOK", description = "CHAT or WEBHOOK") SubscriptionKind kind,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            example = "https://itsm-bridge.example.com/rapport/events",
            description =
                "http(s) URL: a Slack-compatible incoming webhook (CHAT) or your endpoint"
                    + " (WEBHOOK)")
        String url,
    @Size(max = 200)
        @Schema(
            nullable = true,
            description =
                "WEBHOOK only: your own whsec_ signing secret (base64 of 24 to 64 bytes); leave"
                    + " it out to have one generated")
        String secret,
    @NotEmpty
        @Size(max = 50)
        @Schema(
            example = "[\"rapport.ticket.opened.v1\", \"rapport.ticket.resolved.v1\"]",
            description = "Event types from docs/events.md, or \"*\" for every type")
        List<@NotBlank @Size(max = 100) String> eventTypes,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Only tickets about this business service")
        UUID businessServiceId,
    @Size(max = 100) @Schema(nullable = true, description = "Only tickets assigned to this team")
        String teamId,
    @Schema(
            nullable = true,
            description =
                "Whether internal work notes reach it too; only an admin may turn this on",
            defaultValue = "false")
        Boolean includeInternal) {}
