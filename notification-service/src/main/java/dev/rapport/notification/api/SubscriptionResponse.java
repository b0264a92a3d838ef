package dev.rapport.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.notification.domain.Subscription;
import dev.rapport.notification.domain.SubscriptionKind;
import dev.rapport.notification.domain.UrlRedaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A subscription. The secret is shown once, in the answer to its creation.")
public record SubscriptionResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) SubscriptionKind kind,
    @Schema(
            required = true,
            description =
                "As given when created; afterwards with the query dropped and key-like path"
                    + " segments shown as ***")
        String url,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "WEBHOOK: the whsec_ signing secret; only in the answer to the POST that"
                    + " created it (not in a replay of it). Verify"
                    + " webhook-signature with it using a Standard Webhooks library")
        String secret,
    @Schema(required = true) List<String> eventTypes,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "Null = tickets of any business service")
        UUID businessServiceId,
    @Schema(nullable = true, description = "Null = tickets of any team") String teamId,
    @Schema(required = true) boolean includeInternal,
    @Schema(required = true) String createdBy,
    @Schema(required = true) Instant createdAt) {

  /**
   * As created: URL in full, and the secret in clear when this request made it (null on a replay).
   */
  static SubscriptionResponse created(Subscription s, String secretInClear) {
    return of(s, s.url, secretInClear);
  }

  /** As listed: no secret, URL redacted. */
  static SubscriptionResponse listed(Subscription s) {
    return of(s, UrlRedaction.redact(s.url), null);
  }

  private static SubscriptionResponse of(Subscription s, String url, String secret) {
    return new SubscriptionResponse(
        s.id,
        s.kind,
        url,
        secret,
        s.eventTypeList(),
        s.businessServiceId,
        s.teamId,
        s.includeInternal,
        s.createdBy,
        s.createdAt);
  }
}
