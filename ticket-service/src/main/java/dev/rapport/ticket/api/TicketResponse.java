package dev.rapport.ticket.api;

import dev.rapport.ticket.domain.Participant;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.TicketService;
import dev.rapport.ticket.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A ticket as the caller may see it.")
public record TicketResponse(
    UUID id,
    @Schema(example = "T-1042") String key,
    String type,
    String title,
    String description,
    @Schema(example = "IN_PROGRESS") String status,
    @Schema(example = "P2") String priority,
    String impact,
    String urgency,
    String requester,
    String assignee,
    String teamId,
    BusinessServiceRef businessService,
    String category,
    List<String> requiredSkills,
    List<String> watchers,
    List<StakeholderView> stakeholders,
    ProgressView progress,
    String resolution,
    @Schema(description = "The statuses the caller may move this ticket to now")
        List<String> allowedTransitions,
    Instant createdAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant closedAt,
    long version) {

  public record BusinessServiceRef(UUID id, String name) {}

  public record StakeholderView(String userName, String level) {}

  @Schema(description = "Checklist progress: completed of total tasks")
  public record ProgressView(int completed, int total) {}

  /** {@code allowedMoves} from {@link TicketService#allowedMoves}, for this caller, now. */
  static TicketResponse of(Ticket t, Set<TicketStatus> allowedMoves) {
    return new TicketResponse(
        t.id,
        t.key,
        t.type.name(),
        t.title,
        t.description,
        t.status.name(),
        t.priority.name(),
        t.impact.name(),
        t.urgency.name(),
        t.requester,
        t.assignee,
        t.teamId,
        t.businessServiceId == null
            ? null
            : new BusinessServiceRef(t.businessServiceId, t.businessServiceName),
        t.category,
        List.copyOf(t.requiredSkills),
        t.watchers(),
        t.stakeholders().stream().map(TicketResponse::stakeholder).toList(),
        new ProgressView(t.tasksCompleted, t.tasksTotal),
        t.resolution,
        allowedMoves.stream().map(Enum::name).sorted().toList(),
        t.createdAt,
        t.updatedAt,
        t.resolvedAt,
        t.closedAt,
        t.version);
  }

  private static StakeholderView stakeholder(Participant p) {
    return new StakeholderView(p.userName, p.level.name());
  }
}
