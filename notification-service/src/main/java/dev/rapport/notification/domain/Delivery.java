package dev.rapport.notification.domain;

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

/**
 * One message to one recipient on one channel, rendered when it was decided, and its delivery
 * state. (eventId, recipient, channel) is unique: one event never produces the same message twice.
 */
@Entity
@Table(name = "deliveries")
public class Delivery extends PanacheEntityBase {
  @Id public UUID id;

  /** The ce_id of the event that caused it (for a digest: "digest:<id>"). */
  @Column(name = "event_id")
  public String eventId;

  @Column(name = "event_type")
  public String eventType;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "ticket_key")
  public String ticketKey;

  /** The survey it asks about (a SURVEY message), so that withdrawing the survey takes it back. */
  @Column(name = "survey_id")
  public UUID surveyId;

  /** A userName, or "subscription:<id>". */
  public String recipient;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "subscription_id")
  public UUID subscriptionId;

  @Enumerated(EnumType.STRING)
  public Audience audience;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  /**
   * The e-mail address or subscription URL it goes to; null for IN_APP and for a person's chat
   * (their webhook URL is read from their preferences when sending, so it is not kept per message).
   */
  public String address;

  public String locale;

  /** Critical messages bypass quiet hours and digests. */
  public boolean critical;

  public String subject;

  @Column(name = "body_text")
  public String bodyText;

  @Column(name = "body_html")
  public String bodyHtml;

  /** What a CHAT or WEBHOOK delivery posts (JSON), as rendered. */
  public String payload;

  @Enumerated(EnumType.STRING)
  public DeliveryStatus status;

  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  /** Until when a sender holds it (claimed for sending); null when not claimed. */
  @Column(name = "claimed_until")
  public Instant claimedUntil;

  @Column(name = "last_error")
  public String lastError;

  /** The digest delivery this one went out in. */
  @Column(name = "digest_id")
  public UUID digestId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Version public int version;

  /**
   * Records the message read at {@code at} unless it already was: one conditional update, so of
   * several reads at the same moment exactly one returns true (the others wait for its row lock,
   * then find read_at set) and the read is announced once.
   */
  public static boolean markFirstRead(UUID id, Instant at) {
    return update("readAt = ?1 where id = ?2 and readAt is null", at, id) == 1;
  }
}
