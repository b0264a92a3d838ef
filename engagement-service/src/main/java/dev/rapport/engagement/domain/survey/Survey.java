package dev.rapport.engagement.domain.survey;

import dev.rapport.events.engagement.SurveyTicket;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One resolution's satisfaction survey, with the ticket as it was when it resolved. */
@Entity
@Table(name = "surveys")
public class Survey extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "ticket_key")
  public String ticketKey;

  @Column(name = "ticket_title")
  public String ticketTitle;

  @Column(name = "ticket_priority")
  public String ticketPriority;

  @Column(name = "team_id")
  public String teamId;

  public String assignee;

  @Column(name = "business_service_id")
  public UUID businessServiceId;

  @Column(name = "business_service_name")
  public String businessServiceName;

  /** userName, lower-cased. */
  public String requester;

  @Enumerated(EnumType.STRING)
  public SurveyStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "skip_reason")
  public SkipReason skipReason;

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  /** 1 to 5 once answered. */
  public Integer rating;

  public String comment;

  /** The first answer (the edit window runs from it). */
  @Column(name = "answered_at")
  public Instant answeredAt;

  /** The latest revision, or null. */
  @Column(name = "revised_at")
  public Instant revisedAt;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  @Column(name = "reopened_at")
  public Instant reopenedAt;

  @Version public int version;

  /** The ticket as the survey events carry it. */
  public SurveyTicket ticket() {
    return new SurveyTicket(
        ticketId,
        ticketKey,
        ticketTitle,
        ticketPriority,
        teamId,
        assignee,
        businessServiceId,
        businessServiceName);
  }
}
