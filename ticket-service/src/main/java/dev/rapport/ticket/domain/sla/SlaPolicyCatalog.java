package dev.rapport.ticket.domain.sla;

import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.ticket.domain.ServiceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The SLA policies admins keep. One policy per match key (priority, type or any, service or any);
 * each priority's default (priority, any, any) may be replaced but neither deleted nor moved to
 * another key, so that every ticket has a policy. Every change re-times the open tickets ({@link
 * SlaPoliciesChanged}, through {@link SlaPolicyStore#changed}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SlaPolicyCatalog {
  private final EntityManager em;
  private final Clock clock;
  private final SlaCalendars calendars;
  private final ServiceCatalog services;
  private final SlaPolicyStore store;

  SlaPolicyCatalog(
      EntityManager em,
      Clock clock,
      SlaCalendars calendars,
      ServiceCatalog services,
      SlaPolicyStore store) {
    this.em = em;
    this.clock = clock;
    this.calendars = calendars;
    this.services = services;
    this.store = store;
  }

  @Transactional(TxType.SUPPORTS)
  public Page<SlaPolicy> list(String after, int limit) {
    return NamedPages.byName(
        em, SlaPolicy.class, "SlaPolicy e join fetch e.calendar", p -> p.name, after, limit);
  }

  @Transactional(TxType.SUPPORTS)
  public SlaPolicy get(UUID id) {
    SlaPolicy policy = SlaPolicy.findById(id);
    if (policy == null) {
      throw ProblemException.notFound("SLA policy", id.toString());
    }
    return policy;
  }

  public SlaPolicy create(PolicyDraft draft) {
    PolicyRules.Parsed parsed = PolicyRules.parse(draft);
    SlaPolicy policy = new SlaPolicy();
    policy.id = TimeOrderedUuids.next();
    policy.createdAt = clock.instant();
    apply(policy, draft, parsed);
    policy.persist();
    store.changed("policy '" + policy.name + "' created");
    return policy;
  }

  public SlaPolicy replace(UUID id, String ifMatch, PolicyDraft draft) {
    SlaPolicy policy = get(id);
    IfMatch.require(ifMatch, policy.version, "policy");
    PolicyRules.Parsed parsed = PolicyRules.parse(draft);
    if (policy.isPriorityDefault()
        && (draft.priority() != policy.priority
            || draft.ticketType() != null
            || draft.businessServiceId() != null)) {
      throw priorityDefault(policy, "moved to another priority, type or service");
    }
    apply(policy, draft, parsed);
    store.changed("policy '" + policy.name + "' changed");
    return policy;
  }

  public void delete(UUID id, String ifMatch) {
    SlaPolicy policy = get(id);
    IfMatch.require(ifMatch, policy.version, "policy");
    if (policy.isPriorityDefault()) {
      throw priorityDefault(policy, "deleted");
    }
    policy.delete();
    store.changed("policy '" + policy.name + "' deleted");
  }

  private void apply(SlaPolicy policy, PolicyDraft draft, PolicyRules.Parsed parsed) {
    requireUnique(policy.id, parsed.name(), draft);
    if (draft.businessServiceId() != null) {
      services.listed(draft.businessServiceId());
    }
    policy.name = parsed.name();
    policy.priority = draft.priority();
    policy.ticketType = draft.ticketType();
    policy.businessServiceId = draft.businessServiceId();
    policy.calendar = calendars.named(draft.calendar());
    policy.responseTarget = parsed.targets().get(SlaClock.RESPONSE);
    policy.resolutionTarget = parsed.targets().get(SlaClock.RESOLUTION);
    policy.updateTarget = parsed.targets().get(SlaClock.UPDATE);
    policy.warningThresholds = new ArrayList<>(parsed.warningThresholds());
    policy.responsePausing = new ArrayList<>(parsed.pausing().get(SlaClock.RESPONSE));
    policy.resolutionPausing = new ArrayList<>(parsed.pausing().get(SlaClock.RESOLUTION));
    policy.updatePausing = new ArrayList<>(parsed.pausing().get(SlaClock.UPDATE));
    policy.assignmentResponds = parsed.assignmentResponds();
    policy.updatedAt = clock.instant();
  }

  /** Another policy with this name, or with the same match key, is a 409 naming it. */
  private static void requireUnique(UUID self, String name, PolicyDraft draft) {
    for (SlaPolicy other : SlaPolicy.<SlaPolicy>listAll()) {
      if (other.id.equals(self)) {
        continue;
      }
      if (other.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        throw duplicate("duplicate-sla-policy", "An SLA policy named '%s' (id %s) exists", other);
      }
      if (other.priority == draft.priority()
          && other.ticketType == draft.ticketType()
          && Objects.equals(other.businessServiceId, draft.businessServiceId())) {
        throw duplicate(
            "duplicate-sla-policy-match",
            "The SLA policy '%s' (id %s) already matches this priority, type and service",
            other);
      }
    }
  }

  private static ProblemException duplicate(String type, String format, SlaPolicy existing) {
    return ProblemException.conflict(
        type,
        String.format(format, existing.name, existing.id) + "; replace that one instead.",
        Map.of("existingId", existing.id.toString()));
  }

  private static ProblemException priorityDefault(SlaPolicy policy, String refused) {
    return ProblemException.conflict(
        "priority-default-policy",
        "'"
            + policy.name
            + "' is the default policy of "
            + policy.priority
            + " (any type, any service), which every "
            + policy.priority
            + " ticket falls back to: it can be replaced but not "
            + refused
            + ".",
        Map.of());
  }
}
