package dev.rapport.engagement.domain.alert;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.UUID;

/**
 * A business service's catalogue name, as ticket events carry it ({@code
 * ticket.businessServiceName}) and engagement-service keeps it on the survey row of each resolution
 * (surveys, including the skipped ones): the name on the latest resolution's. Null while no ticket
 * of the service has resolved (e.g. its facts were all imported).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ServiceNames {

  /** The name of {@code businessServiceId}, or null when none is known. */
  @SuppressWarnings("unchecked")
  public String of(UUID businessServiceId) {
    List<String> names =
        Panache.getEntityManager()
            .createNativeQuery(
                "select business_service_name from surveys where business_service_id = :service"
                    + " and business_service_name is not null order by requested_at desc limit 1")
            .setParameter("service", businessServiceId)
            .getResultList();
    return names.isEmpty() ? null : names.get(0);
  }
}
