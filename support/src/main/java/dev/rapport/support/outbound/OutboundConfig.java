package dev.rapport.support.outbound;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Where outbound requests to user-set URLs (chat webhooks, subscriptions) may go. */
@ConfigMapping(prefix = "rapport.outbound")
public interface OutboundConfig {

  /**
   * Host names (exact, any case) or IP addresses and CIDRs ({@code 10.20.0.0/16}) that may be
   * reached although internal, and over plain http too; absent (the default): public https only.
   */
  Optional<List<String>> allow();
}
