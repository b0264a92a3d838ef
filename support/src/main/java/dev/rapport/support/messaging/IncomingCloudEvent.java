package dev.rapport.support.messaging;

import java.time.Instant;

/**
 * A CloudEvent as a consumer needs it. {@code data} is the JSON text of the payload; read it with
 * the application's ObjectMapper into the payload record of {@code type}.
 */
public record IncomingCloudEvent(
    String id, String type, String source, String subject, Instant time, String data) {}
