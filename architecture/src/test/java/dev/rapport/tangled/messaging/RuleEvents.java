package dev.rapport.tangled.messaging;

import dev.rapport.tangled.domain.Rule;

public class RuleEvents {
  public void publish(Rule rule) {}
}
