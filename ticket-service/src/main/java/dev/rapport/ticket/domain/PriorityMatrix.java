package dev.rapport.ticket.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Impact × urgency → priority. The cells are configurable (admins edit them through
 * /api/v1/priority-matrix); {@link PriorityMatrixRepository} stores them.
 */
public final class PriorityMatrix {
  private final Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);

  public PriorityMatrix set(Impact impact, Urgency urgency, Priority priority) {
    cells.computeIfAbsent(impact, i -> new EnumMap<>(Urgency.class)).put(urgency, priority);
    return this;
  }

  /** The priority for this impact and urgency; every cell of a complete matrix is set. */
  public Priority priorityOf(Impact impact, Urgency urgency) {
    Priority priority = cells.getOrDefault(impact, Map.of()).get(urgency);
    if (priority == null) {
      throw new IllegalStateException("priority matrix has no cell for " + impact + "/" + urgency);
    }
    return priority;
  }

  public boolean isComplete() {
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        if (cells.getOrDefault(impact, Map.of()).get(urgency) == null) {
          return false;
        }
      }
    }
    return true;
  }
}
