package dev.rapport.tangled.api;

import dev.rapport.tangled.domain.Rule;
import dev.rapport.tangled.messaging.RuleEvents;

/** A fixture: a resource that publishes events itself. */
public class RuleResource {
  private final RuleEvents events = new RuleEvents();

  public void save(Rule rule) {
    events.publish(rule);
  }
}
