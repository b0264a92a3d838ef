package dev.rapport.ticket.api;

import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.ticket.domain.Participant;
import dev.rapport.ticket.domain.Ticket;
import dev.rapport.ticket.domain.TicketCsat;
import dev.rapport.ticket.domain.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// Every property is always sent; the nullable ones are null until set (unassigned, unresolved …).
@Schema(
    description = "A ticket as the caller may see it.",
    requiredProperties = {
      "id",
      "key",
      "type",
      "title",
      "description",
      "status",
      "priority",
      "impact",
      "urgency",
      "requester",
      "assignee",
      "teamId",
      "businessService",
      "category",
      "requiredSkills",
      "watchers",
      "stakeholders",
      "progress",
      "resolution",
      "allowedTransitions",
      "createdAt",
      "updatedAt",
      "resolvedAt",
      "closedAt",
      "sla",
      "csat",
      "version"
    })
public record TicketResponse(
    UUID id,
    @Schema(example = "T-1042") String key,
    @Schema(example = "INCIDENT") String type,
    @Schema(example = "VPN drops every few minutes") String title,
    String description,
    @Schema(example = "IN_PROGRESS") String status,
    @Schema(example = "P2") String priority,
    @Schema(example = "HIGH") String impact,
    @Schema(example = "MEDIUM") String urgency,
    @Schema(example = "alice@example.com") String requester,
    @Schema(nullable = true, description = "The agent's userName; null while unassigned")
        String assignee,
    @Schema(nullable = true, description = "The team's id; null while no team is assigned")
        String teamId,
    @Schema(nullable = true, description = "Null when the ticket names no business service")
        BusinessServiceRef businessService,
    @Schema(nullable = true) String category,
    List<String> requiredSkills,
    List<String> watchers,
    List<StakeholderView> stakeholders,
    ProgressView progress,
    @Schema(nullable = true, description = "The resolution note; null unless RESOLVED or CLOSED")
        String resolution,
    @Schema(description = "The statuses the caller may move this ticket to now")
        List<String> allowedTransitions,
    Instant createdAt,
    Instant updatedAt,
    @Schema(nullable = true, description = "When it was last resolved; null unless resolved")
        Instant resolvedAt,
    @Schema(nullable = true, description = "When it was closed or cancelled; null while open")
        Instant closedAt,
    @Schema(nullable = true, description = "The SLA promise; null when no SLA policy applies")
        SlaView sla,
    @Schema(
            nullable = true,
            description =
                "The requester's satisfaction rating of the ticket (from engagement-service's"
                    + " survey); null while none was given. Recording it does not change the"
                    + " ticket's version.")
        CsatView csat,
    @Schema(description = "The version the ETag carries") long version) {

  @Schema(
      description = "The business service the ticket is about",
      requiredProperties = {"id", "name"})
  public record BusinessServiceRef(UUID id, @Schema(example = "Payroll") String name) {}

  @Schema(
      description = "A person with a stake in a ticket or service, by level",
      requiredProperties = {"userName", "level"})
  public record StakeholderView(
      @Schema(example = "cfo@example.com") String userName,
      @Schema(example = "EXECUTIVE") String level) {}

  @Schema(
      description = "Checklist progress: completed of total tasks",
      requiredProperties = {"completed", "total"})
  public record ProgressView(int completed, int total) {}

  @Schema(
      description =
          "The ticket's SLA promise: when each clock falls due (null while PAUSED or once MET) and"
              + " its state (RUNNING, PAUSED, MET, BREACHED)",
      requiredProperties = {
        "policy",
        "responseDue",
        "resolutionDue",
        "nextUpdateDue",
        "response",
        "resolution",
        "update"
      })
  public record SlaView(
      @Schema(example = "P1 incidents") String policy,
      @Schema(nullable = true) Instant responseDue,
      @Schema(nullable = true) Instant resolutionDue,
      @Schema(nullable = true, description = "When the requester must next hear from IT")
          Instant nextUpdateDue,
      @Schema(example = "RUNNING") String response,
      @Schema(example = "RUNNING") String resolution,
      @Schema(example = "RUNNING") String update) {

    static SlaView of(SlaSummary sla) {
      return sla == null
          ? null
          : new SlaView(
              sla.policy(),
              sla.responseDue(),
              sla.resolutionDue(),
              sla.nextUpdateDue(),
              sla.response(),
              sla.resolution(),
              sla.update());
    }
  }

  @Schema(
      description =
          "The requester's satisfaction rating: 1 (very dissatisfied) to 5 (very satisfied), their"
              + " comment, and when they gave it (or last revised it)",
      requiredProperties = {"rating", "comment", "answeredAt"})
  public record CsatView(
      @Schema(example = "2", minimum = "1", maximum = "5") int rating,
      @Schema(
              nullable = true,
              example = "Nobody told me anything",
              description =
                  "The requester's words; only IT staff and the requester see them (null for"
                      + " anyone else, and when none were given)")
          String comment,
      Instant answeredAt) {

    static CsatView of(TicketCsat.Csat csat) {
      return csat == null ? null : new CsatView(csat.rating(), csat.comment(), csat.answeredAt());
    }
  }

  /** The ticket as its caller sees it now ({@code allowedMoves} for them). */
  static TicketResponse of(TicketView view) {
    Ticket t = view.ticket();
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
        view.allowedMoves().stream().map(Enum::name).sorted().toList(),
        t.createdAt,
        t.updatedAt,
        t.resolvedAt,
        t.closedAt,
        SlaView.of(view.sla()),
        CsatView.of(view.csat()),
        t.version);
  }

  private static StakeholderView stakeholder(Participant p) {
    return new StakeholderView(p.userName, p.level.name());
  }
}
