package dev.rapport.ticket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Ticket rules an operator may tune (application.properties or environment). */
@ConfigMapping(prefix = "rapport.ticket")
public interface TicketConfig {

  /** How long after resolution the requester or IT may still reopen a ticket. */
  @WithDefault("P7D")
  Duration reopenWindow();
}
