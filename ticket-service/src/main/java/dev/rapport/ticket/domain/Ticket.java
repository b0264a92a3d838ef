package dev.rapport.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An incident or service request. Changed only through the domain beans named for each change
 * ({@link TicketOpening}, {@link TicketEditing}, {@link TicketLifecycle}, {@link
 * TicketConversation}, {@link TicketChecklist}, {@link TicketParticipants}), each of which records
 * it in {@link TicketJournal}.
 */
@Entity
@Table(name = "tickets")
public class Ticket extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_key", nullable = false, updatable = false)
  public String key;

  @Enumerated(EnumType.STRING)
  public TicketType type;

  public String title;
  public String description;

  @Enumerated(EnumType.STRING)
  public Impact impact;

  @Enumerated(EnumType.STRING)
  public Urgency urgency;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  @Enumerated(EnumType.STRING)
  public TicketStatus status;

  public String requester;
  public String assignee;

  @Column(name = "team_id")
  public String teamId;

  @Column(name = "business_service_id")
  public UUID businessServiceId;

  /** Copied from the catalogue so that every event can name the service without a lookup. */
  @Column(name = "business_service_name")
  public String businessServiceName;

  public String category;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "required_skills", columnDefinition = "text[]")
  public List<String> requiredSkills = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(name = "ticket_participants", joinColumns = @JoinColumn(name = "ticket_id"))
  public Set<Participant> participants = new LinkedHashSet<>();

  @Column(name = "tasks_total")
  public int tasksTotal;

  @Column(name = "tasks_completed")
  public int tasksCompleted;

  public String resolution;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  /**
   * The requester's satisfaction rating (survey, rating 1 to 5, comment, when), or null while none
   * was given: read with the ticket, written only by {@link TicketCsat} (so never by a change of
   * the ticket, and never counted in its version).
   */
  @Column(name = "csat_survey", insertable = false, updatable = false)
  public UUID csatSurvey;

  @Column(name = "csat_rating", insertable = false, updatable = false)
  public Integer csatRating;

  @Column(name = "csat_comment", insertable = false, updatable = false)
  public String csatComment;

  @Column(name = "csat_answered_at", insertable = false, updatable = false)
  public Instant csatAnsweredAt;

  @Version public long version;

  public List<String> watchers() {
    return participants.stream()
        .filter(p -> p.level == ParticipantLevel.WATCHER)
        .map(p -> p.userName)
        .toList();
  }

  public List<Participant> stakeholders() {
    return participants.stream().filter(p -> p.level != ParticipantLevel.WATCHER).toList();
  }

  /** The requester, a watcher or a stakeholder: the people who may see the ticket. */
  public boolean involves(String userName) {
    return requester.equals(userName)
        || participants.stream().anyMatch(p -> p.userName.equals(userName));
  }

  /** Required skills as stored: each stripped and once, in the order given. */
  static List<String> distinctSkills(List<String> skills) {
    if (skills == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(skills.stream().map(String::strip).distinct().toList());
  }
}
