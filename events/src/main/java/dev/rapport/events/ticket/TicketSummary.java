package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ticket as it stands after the change, carried in every ticket event so that consumers need no
 * call back (event-carried state transfer). Never holds internal work notes. Schema: {@code
 * schemas/rapport.ticket.summary.json}.
 *
 * <p>The lists are never null (null becomes an empty list, and the lists are immutable copies), and
 * {@code progress} is never null (null becomes 0 of 0).
 *
 * @param id the ticket id: the Kafka key and the CloudEvents subject of every ticket event
 * @param key the human key, e.g. {@code T-1042}
 * @param type INCIDENT or SERVICE_REQUEST
 * @param title one-line summary
 * @param status NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED, CLOSED,
 *     CANCELLED
 * @param priority P1 (critical) to P4 (low)
 * @param impact HIGH, MEDIUM or LOW
 * @param urgency HIGH, MEDIUM or LOW
 * @param requester userName of the person who raised it
 * @param assignee userName of the agent working on it, or null
 * @param teamId the team it is assigned to, or null
 * @param businessServiceId the business service it is about, or null
 * @param businessServiceName the catalogue name, readable by business audiences, or null
 * @param category free classification, or null
 * @param requiredSkills skill names the work needs; empty when none
 * @param watchers userNames copied on public updates; empty when none
 * @param stakeholders people with a stake, by level; empty when none
 * @param progress task checklist progress (0 of 0 without tasks)
 * @param createdAt when it was raised
 * @param updatedAt when it last changed
 * @param sla the service-level promise (due instants and clock states), or null when no SLA policy
 *     applies
 * @param csat the requester's satisfaction rating of the ticket, or null while none was given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketSummary(
    UUID id,
    String key,
    String type,
    String title,
    String status,
    String priority,
    String impact,
    String urgency,
    String requester,
    String assignee,
    String teamId,
    UUID businessServiceId,
    String businessServiceName,
    String category,
    List<String> requiredSkills,
    List<String> watchers,
    List<Stakeholder> stakeholders,
    Progress progress,
    Instant createdAt,
    Instant updatedAt,
    SlaSummary sla,
    CsatSummary csat) {

  public TicketSummary {
    requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    watchers = watchers == null ? List.of() : List.copyOf(watchers);
    stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    progress = progress == null ? new Progress(0, 0) : progress;
  }
}
