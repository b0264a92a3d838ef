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
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a person chose about their messages (they manage their own, admins any). No row means the
 * defaults: e-mail and in-app for everything, no opt-outs, no quiet hours, no digest.
 */
@Entity
@Table(name = "preferences")
public class PersonPreferences extends PanacheEntityBase {
  @Id
  @Column(name = "user_name")
  public String userName;

  /** Channels per message kind name; a kind not listed gets the default channels. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, List<String>> channels = new LinkedHashMap<>();

  /** Event types the person does not want (their messages are kept as SUPPRESSED). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "opt_outs")
  public String[] optOuts = new String[0];

  @Column(name = "quiet_start")
  public LocalTime quietStart;

  @Column(name = "quiet_end")
  public LocalTime quietEnd;

  @Enumerated(EnumType.STRING)
  public DigestSchedule digest = DigestSchedule.IMMEDIATE;

  @Column(name = "digest_time")
  public LocalTime digestTime = LocalTime.of(8, 0);

  /** Overrides the e-mail address HR gave. */
  public String email;

  /** The person's own Slack-compatible incoming webhook. */
  @Column(name = "chat_webhook_url")
  public String chatWebhookUrl;

  /** IANA zone overriding HR's; null = the contact's. */
  public String timezone;

  /** BCP 47 tag overriding HR's; null = the contact's. */
  public String locale;

  @Version public int version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The person's row, compared without regard to case. */
  public static Optional<PersonPreferences> findByUserName(String userName) {
    return find("lower(userName) = lower(?1)", userName).firstResultOptional();
  }

  /** Defaults for a person who chose nothing (not persisted). */
  public static PersonPreferences defaults(String userName) {
    PersonPreferences p = new PersonPreferences();
    p.userName = userName;
    return p;
  }
}
