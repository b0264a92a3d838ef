package dev.rapport.tangled.domain;

import dev.rapport.tangled.api.RuleResponse;

/** A fixture: a domain class that imports an api class (and so makes a cycle). */
public class Rule {
  public RuleResponse view() {
    return new RuleResponse("rule");
  }
}
