package dev.rapport.ticket.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Stores the {@link PriorityMatrix} in the priority_matrix table. */
@ApplicationScoped
public class PriorityMatrixRepository {
  private final EntityManager em;

  PriorityMatrixRepository(EntityManager em) {
    this.em = em;
  }

  public Priority priorityOf(Impact impact, Urgency urgency) {
    Object cell =
        em.createNativeQuery(
                "select priority from priority_matrix where impact = ?1 and urgency = ?2")
            .setParameter(1, impact.name())
            .setParameter(2, urgency.name())
            .getSingleResult();
    return Priority.valueOf((String) cell);
  }

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
  }
}
