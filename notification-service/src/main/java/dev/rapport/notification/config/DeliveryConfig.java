package dev.rapport.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How deliveries are sent and retried; operators may tune these. */
@ConfigMapping(prefix = "rapport.notification.delivery")
public interface DeliveryConfig {

  /**
   * Whether this instance sends deliveries at all (off: rows wait, e.g. on a read-only replica).
   */
  @WithDefault("true")
  boolean enabled();

  /**
   * How often due deliveries are looked for (also read by the scheduler as {@code
   * rapport.notification.delivery.interval}).
   */
  @WithDefault("1s")
  Duration interval();

  /** Tries before a delivery is DEAD (only an admin's replay sends it again). */
  @WithDefault("6")
  @Min(1)
  @Max(100)
  int maxAttempts();

  /** The retry delay cap after the first failure; doubled after each further failure. */
  @WithDefault("2s")
  Duration backoffInitial();

  /** The longest retry delay cap. */
  @WithDefault("10m")
  Duration backoffMax();

  /** Sends in flight at once per instance; a slow endpoint holds only one of them. */
  @WithDefault("8")
  @Min(1)
  @Max(256)
  int concurrency();

  /**
   * Deliveries claimed and queued for the senders at most (in flight included), so that one round
   * feeds the senders for the whole interval: with only as many as there are senders, a second
   * would send no more than {@code concurrency} messages. Each must be sent within the lease.
   */
  @WithDefault("200")
  @Min(1)
  @Max(10000)
  int backlog();

  /** TCP connect timeout of chat and webhook posts. */
  @WithDefault("2s")
  Duration connectTimeout();

  /** Whole-request timeout of chat and webhook posts (after which the try failed). */
  @WithDefault("5s")
  Duration requestTimeout();

  /** The longest an e-mail may take to hand to the SMTP server (connect, talk, accept). */
  @WithDefault("30s")
  Duration smtpTimeout();

  /**
   * How long a claimed delivery is left to its sender before another round (or another replica) may
   * take it again, should this instance die mid-send. Longer than any send may take.
   */
  @WithDefault("2m")
  Duration lease();
}
