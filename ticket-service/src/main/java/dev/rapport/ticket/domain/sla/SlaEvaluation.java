package dev.rapport.ticket.domain.sla;

import java.time.Instant;

/** Evaluates a ticket's three clocks from its facts and its terms at an instant. */
public final class SlaEvaluation {
  private SlaEvaluation() {}

  /** PLACEHOLDER of the contract (issue 10): the rules of the clocks go here. */
  public static SlaReport evaluate(SlaTerms terms, SlaFacts facts, Instant now) {
    throw new UnsupportedOperationException("not yet");
  }
}
