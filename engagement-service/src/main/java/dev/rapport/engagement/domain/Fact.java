package dev.rapport.engagement.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happened, as the facts table stores it (append-only).
 *
 * @param id derived from the source event's ce_id, the kind, the label and the team ({@link #id})
 * @param kind what happened, and how it counts ({@link FactKind})
 * @param label the kind's qualifier (clock, audience level, severity, ...), or null
 * @param occurredAt when it happened (the payload's instant, else the event's ce_time)
 * @param dimensions team, business service and priority it counts under
 * @param subject what it is about: a ticket id, a userName, a notification id, ...
 * @param measure seconds, a rating, 1 for met and 0 for breached: see the kind
 * @param sourceEventId the ce_id it came from (for an import: as the file gives it), or null
 */
public record Fact(
    UUID id,
    FactKind kind,
    String label,
    Instant occurredAt,
    Dimensions dimensions,
    String subject,
    double measure,
    String sourceEventId) {

  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(subject, "subject");
    dimensions = dimensions == null ? Dimensions.NONE : dimensions;
  }

  /** A fact of the event {@code ceId}, with its id derived from it. */
  public static Fact of(
      String ceId,
      FactKind kind,
      String label,
      Instant occurredAt,
      Dimensions dimensions,
      String subject,
      double measure) {
    Dimensions dims = dimensions == null ? Dimensions.NONE : dimensions;
    return new Fact(
        id(ceId, kind, label, dims.teamId()),
        kind,
        label,
        occurredAt,
        dims,
        subject,
        measure,
        ceId);
  }

  /**
   * The id of the fact {@code kind}/{@code label}/{@code teamId} of the event {@code ceId}: a hash
   * of those (so a redelivery yields the same id). When the ce_id is time-ordered (a UUID version
   * 7, as every Rapport outbox makes them), the id keeps its millisecond timestamp in front (a UUID
   * version 8, RFC 9562's custom layout): facts then arrive in id order and the key index grows at
   * its right edge, where a hash alone would insert all over it.
   */
  public static UUID id(String ceId, FactKind kind, String label, String teamId) {
    String name = ceId + "|" + kind + "|" + (label == null ? "" : label) + "|" + teamId;
    UUID hashed = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    UUID source = timeOrdered(ceId);
    if (source == null) {
      return hashed;
    }
    long timestamp = source.getMostSignificantBits() & 0xFFFF_FFFF_FFFF_0000L;
    long version8 = 0x8000L | (hashed.getMostSignificantBits() & 0x0FFFL);
    return new UUID(timestamp | version8, hashed.getLeastSignificantBits());
  }

  /** {@code ceId} as a UUID when it is one of version 7, else null. */
  private static UUID timeOrdered(String ceId) {
    if (ceId == null || ceId.length() != 36 || ceId.charAt(14) != '7') {
      return null;
    }
    try {
      return UUID.fromString(ceId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }
}
