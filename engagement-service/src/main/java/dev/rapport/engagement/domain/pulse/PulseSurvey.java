package dev.rapport.engagement.domain.pulse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A staff pulse survey a lead schedules for their team: the eNPS question, then up to five 1-5
 * statements, asked in rounds (one, or one per period of its recurrence).
 */
@Entity
@Table(name = "pulse_surveys")
public class PulseSurvey extends PanacheEntityBase {
  /** The first question of every pulse, answered 0 to 10. */
  public static final String ENPS_QUESTION =
      "How likely are you to recommend your team as a place to work?";

  @Id public UUID id;

  @Column(name = "team_id")
  public String teamId;

  public String title;

  @Column(name = "opens_at")
  public Instant opensAt;

  @Column(name = "closes_at")
  public Instant closesAt;

  @Enumerated(EnumType.STRING)
  public Recurrence recurrence;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> statements;

  /** The round the schedule opens next. */
  @Column(name = "next_round")
  public int nextRound;

  /** When {@link #nextRound} opens; null once no round is left to open. */
  @Column(name = "next_opens_at")
  public Instant nextOpensAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public int version;

  /** When round {@code round} opens. */
  public Instant opensAt(int round) {
    return recurrence.shifted(opensAt, round);
  }

  /** When round {@code round} closes. */
  public Instant closesAt(int round) {
    return recurrence.shifted(closesAt, round);
  }

  /** Points the schedule at round {@code round}, or at nothing when the survey does not recur. */
  void scheduleRound(int round) {
    nextRound = round;
    nextOpensAt = round == 1 || recurrence.recurs() ? opensAt(round) : null;
  }
}
