package dev.rapport.ticket.domain;

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
import java.util.List;

/**
 * Stores the {@link PriorityMatrix} in the priority_matrix table. Every ticket that is raised or
 * re-rated reads it, so it is cached; a change clears the cache once it commits, and other replicas
 * see it when their entry expires (quarkus.cache.caffeine."priority-matrix".expire-after-write).
 */
@ApplicationScoped
public class PriorityMatrixRepository {
  static final String CACHE = "priority-matrix";

  /** Fired when the matrix was saved, to clear the cache after the commit. */
  record Changed() {}

  private final EntityManager em;
  private final Event<Changed> changed;
  private final Cache cache;

  PriorityMatrixRepository(
      EntityManager em, Event<Changed> changed, @CacheName(CACHE) Cache cache) {
    this.em = em;
    this.changed = changed;
    this.cache = cache;
  }

  /** The current matrix; callers must not change it. */
  @CacheResult(cacheName = CACHE)
  public PriorityMatrix load() {
    PriorityMatrix matrix = new PriorityMatrix();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select impact, urgency, priority from priority_matrix")
            .getResultList();
    for (Object[] row : rows) {
      matrix.set(
          Impact.valueOf((String) row[0]),
          Urgency.valueOf((String) row[1]),
          Priority.valueOf((String) row[2]));
    }
    return matrix;
  }

  /** Replaces every cell; the caller checked that the matrix is complete. */
  @Transactional(TxType.MANDATORY)
  public void save(PriorityMatrix matrix) {
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        em.createNativeQuery(
                "update priority_matrix set priority = ?3 where impact = ?1 and urgency = ?2")
            .setParameter(1, impact.name())
            .setParameter(2, urgency.name())
            .setParameter(3, matrix.priorityOf(impact, urgency).name())
            .executeUpdate();
      }
    }
    changed.fire(new Changed());
  }

  void clearAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
    cache.invalidateAll().await().indefinitely();
  }
}
