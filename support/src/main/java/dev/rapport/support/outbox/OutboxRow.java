package dev.rapport.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unpublished outbox row, as the relay reads it. {@code seq} is the publish order. */
record OutboxRow(
    long seq,
    UUID id,
    String topic,
    String messageKey,
    String type,
    String source,
    String subject,
    Instant occurredAt,
    String payload) {}
