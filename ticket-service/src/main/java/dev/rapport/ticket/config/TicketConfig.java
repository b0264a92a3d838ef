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

  /** The people that may be named on a ticket. */
  People people();

  interface People {
    /**
     * Whether a userName named on a ticket (requester on behalf, watcher, stakeholder, assignee)
     * must be a person known from rapport.people.v1 (422 otherwise); false only where people are
     * not provisioned over SCIM.
     */
    @WithDefault("true")
    boolean requireKnown();
  }
}
