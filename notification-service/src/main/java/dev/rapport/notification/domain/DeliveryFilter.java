package dev.rapport.notification.domain;

import java.util.List;
import java.util.UUID;

/**
 * What support staff look for among deliveries; null (or empty) filters are not applied, the others
 * combine with and. {@code after} is the cursor of the previous page.
 */
public record DeliveryFilter(
    UUID ticketId,
    UUID personId,
    String recipient,
    List<DeliveryStatus> statuses,
    String after,
    int limit) {}
