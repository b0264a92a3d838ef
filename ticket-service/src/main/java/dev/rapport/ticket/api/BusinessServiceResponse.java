package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.BusinessService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record BusinessServiceResponse(
    UUID id,
    String name,
    String description,
    String owner,
    List<TicketResponse.StakeholderView> stakeholders,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static BusinessServiceResponse of(BusinessService s) {
    return new BusinessServiceResponse(
        s.id,
        s.name,
        s.description,
        s.owner,
        s.stakeholders.stream()
            .map(p -> new TicketResponse.StakeholderView(p.userName, p.level.name()))
            .toList(),
        s.createdAt,
        s.updatedAt,
        s.version);
  }
}
