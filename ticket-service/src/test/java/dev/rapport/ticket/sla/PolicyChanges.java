package dev.rapport.ticket.sla;

import dev.rapport.ticket.domain.sla.SlaPoliciesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the causes of every {@link SlaPoliciesChanged} fired, for tests to look at. */
@ApplicationScoped
public class PolicyChanges {
  private final List<String> causes = new CopyOnWriteArrayList<>();

  void record(@Observes SlaPoliciesChanged event) {
    causes.add(event.cause());
  }

  public List<String> causes() {
    return List.copyOf(causes);
  }
}
