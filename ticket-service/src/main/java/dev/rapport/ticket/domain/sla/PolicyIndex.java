package dev.rapport.ticket.domain.sla;

import dev.rapport.ticket.domain.Priority;
import dev.rapport.ticket.domain.TicketType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every stored policy's terms by what it matches, for the most-specific match: (priority, type,
 * service) before (priority, any, service) before (priority, type, any) before (priority, any,
 * any). Immutable; {@link SlaPolicyStore} keeps the current one in a cache.
 */
public final class PolicyIndex {
  /** What a policy matches; a null type or service is "any". */
  public record MatchKey(Priority priority, TicketType type, UUID businessServiceId) {}

  private final Map<MatchKey, SlaTerms> terms;

  public PolicyIndex(Map<MatchKey, SlaTerms> terms) {
    this.terms = Map.copyOf(terms);
  }

  public static PolicyIndex of(Iterable<SlaPolicy> policies) {
    Map<MatchKey, SlaTerms> terms = new HashMap<>();
    for (SlaPolicy policy : policies) {
      terms.put(
          new MatchKey(policy.priority, policy.ticketType, policy.businessServiceId),
          policy.toTerms());
    }
    return new PolicyIndex(terms);
  }

  /** The terms of the most specific policy for a ticket, or empty when none matches. */
  public Optional<SlaTerms> match(Priority priority, TicketType type, UUID businessServiceId) {
    SlaTerms found = null;
    if (businessServiceId != null) {
      found = terms.get(new MatchKey(priority, type, businessServiceId));
      if (found == null) {
        found = terms.get(new MatchKey(priority, null, businessServiceId));
      }
    }
    if (found == null) {
      found = terms.get(new MatchKey(priority, type, null));
    }
    if (found == null) {
      found = terms.get(new MatchKey(priority, null, null));
    }
    return Optional.ofNullable(found);
  }

  public int size() {
    return terms.size();
  }
}
