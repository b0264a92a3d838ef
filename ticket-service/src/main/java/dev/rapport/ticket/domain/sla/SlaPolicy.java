package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketStatus;
import dev.rapport.ticket.domain.TicketType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored SLA policy (sla_policies): what it matches (a priority, optionally a ticket type and a
 * business service; null is "any"), its calendar, the targets of the three clocks as ISO-8601
 * durations of business time, the warning thresholds and the statuses that pause each clock.
 */
@Entity
@Table(name = "sla_policies")
public class SlaPolicy extends PanacheEntityBase {
  @Id public UUID id;
  public String name;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  /** null: any type. */
  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_type")
  public TicketType ticketType;

  /** null: any service. */
  @Column(name = "business_service_id")
  public UUID businessServiceId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id")
  public SlaCalendar calendar;

  @Column(name = "response_target")
  public String responseTarget;

  @Column(name = "resolution_target")
  public String resolutionTarget;

  @Column(name = "update_target")
  public String updateTarget;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "warning_thresholds", columnDefinition = "double precision[]")
  public List<Double> warningThresholds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "response_pausing", columnDefinition = "text[]")
  public List<String> responsePausing = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "resolution_pausing", columnDefinition = "text[]")
  public List<String> resolutionPausing = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "update_pausing", columnDefinition = "text[]")
  public List<String> updatePausing = new ArrayList<>();

  @Column(name = "assignment_responds")
  public boolean assignmentResponds;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** Whether this is a priority's default, (priority, any, any), which may not be deleted. */
  public boolean isPriorityDefault() {
    return ticketType == null && businessServiceId == null;
  }

  public Map<SlaClock, Duration> targets() {
    Map<SlaClock, Duration> targets = new EnumMap<>(SlaClock.class);
    targets.put(SlaClock.RESPONSE, Duration.parse(responseTarget));
    targets.put(SlaClock.RESOLUTION, Duration.parse(resolutionTarget));
    targets.put(SlaClock.UPDATE, Duration.parse(updateTarget));
    return targets;
  }

  public Map<SlaClock, Set<TicketStatus>> pausingStatuses() {
    Map<SlaClock, Set<TicketStatus>> pausing = new EnumMap<>(SlaClock.class);
    pausing.put(SlaClock.RESPONSE, statuses(responsePausing));
    pausing.put(SlaClock.RESOLUTION, statuses(resolutionPausing));
    pausing.put(SlaClock.UPDATE, statuses(updatePausing));
    return pausing;
  }

  private static Set<TicketStatus> statuses(List<String> names) {
    return names.stream().map(TicketStatus::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  /** The policy as it applies to a ticket, its calendar turned into business-time rules. */
  public SlaTerms toTerms() {
    return new SlaTerms(
        id,
        name,
        calendar.name,
        calendar.toBusinessCalendar(),
        targets(),
        warningThresholds,
        pausingStatuses(),
        assignmentResponds);
  }
}
