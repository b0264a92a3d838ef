package dev.rapport.ticket.domain.sla;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The stored policies as a {@link PolicyIndex}. Every ticket change asks for its terms, so the
 * index is cached; other replicas see an admin's change when their entry expires
 * (quarkus.cache.caffeine."sla-policies".expire-after-write), this one at once: {@link #changed}
 * clears the cache inside the admin's transaction (so that what observes {@link SlaPoliciesChanged}
 * there evaluates under the new terms) and again once it completes (so that neither an index read
 * meanwhile nor one of a rolled-back change stays).
 */
@ApplicationScoped
public class SlaPolicyStore {
  static final String CACHE = "sla-policies";

  /** Fired with every change, to clear the cache again after the transaction. */
  record Completed() {}

  private final EntityManager em;
  private final Cache cache;
  private final Event<Completed> completed;
  private final Event<SlaPoliciesChanged> policiesChanged;

  SlaPolicyStore(
      EntityManager em,
      @CacheName(CACHE) Cache cache,
      Event<Completed> completed,
      Event<SlaPoliciesChanged> policiesChanged) {
    this.em = em;
    this.cache = cache;
    this.completed = completed;
    this.policiesChanged = policiesChanged;
  }

  /** Every policy's terms by what it matches; callers must not change it. */
  @CacheResult(cacheName = CACHE)
  @Transactional(TxType.SUPPORTS)
  public PolicyIndex index() {
    return PolicyIndex.of(
        SlaPolicy.<SlaPolicy>find("select p from SlaPolicy p join fetch p.calendar").list());
  }

  /**
   * A policy or calendar was created, replaced or deleted in the current transaction: clears the
   * cache and tells observers (who evaluate open tickets again under the new terms).
   *
   * @param cause in words, e.g. "policy 'P1 critical' changed"
   */
  @Transactional(TxType.MANDATORY)
  public void changed(String cause) {
    em.flush();
    clear();
    completed.fire(new Completed());
    policiesChanged.fire(new SlaPoliciesChanged(cause));
  }

  void clearOnCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) Completed event) {
    clear();
  }

  private void clear() {
    cache.invalidateAll().await().indefinitely();
  }
}
