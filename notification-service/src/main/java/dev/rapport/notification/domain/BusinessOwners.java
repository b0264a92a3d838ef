package dev.rapport.notification.domain;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSummary;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Who the business owners of each business service are, learnt from the ticket events
 * notification-service consumes (the catalogue itself is ticket-service's): the BUSINESS_OWNER
 * stakeholders of the service's most recently raised ticket, as that ticket's latest event names
 * them. A ticket inherits its service's stakeholders when it is raised, so the newest ticket
 * carries the catalogue's owners as they stand. An event of an older ticket (by {@code createdAt})
 * changes nothing, nor does an older event of the newest one (by {@code updatedAt}); one upsert, so
 * consumers racing on two tickets leave the newer.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class BusinessOwners {
  private static final String SEPARATOR = "\u001f";

  /**
   * What is known of a business service.
   *
   * @param name its catalogue name as the tickets carry it, or null
   * @param owners the userNames of its business owners; empty when its newest ticket names none
   */
  public record Service(String name, List<String> owners) {
    static final Service UNKNOWN = new Service(null, List.of());

    /** The owners as recipients of a message, audience BUSINESS_OWNER. */
    public List<Recipients.Recipient> recipients() {
      return owners.stream()
          .map(owner -> new Recipients.Recipient(owner, List.of(Audience.BUSINESS_OWNER)))
          .toList();
    }
  }

  /** Learns from a ticket event's summary; a ticket about no business service teaches nothing. */
  @Transactional(TxType.MANDATORY)
  public void apply(TicketSummary ticket) {
    if (ticket.businessServiceId() == null) {
      return;
    }
    List<String> owners =
        ticket.stakeholders().stream()
            .filter(s -> "BUSINESS_OWNER".equalsIgnoreCase(s.level()))
            .map(Stakeholder::userName)
            .filter(u -> u != null && !u.isBlank())
            .map(String::strip)
            .distinct()
            .sorted()
            .toList();
    Instant created = ticket.createdAt() != null ? ticket.createdAt() : Instant.EPOCH;
    Instant updated = ticket.updatedAt() != null ? ticket.updatedAt() : created;
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into service_business_owners (business_service_id, business_service_name,"
                + " owners, ticket_id, ticket_created_at, ticket_updated_at) values (:service,"
                + " :name, string_to_array(:owners, :separator), :ticket, :created, :updated)"
                + " on conflict (business_service_id) do update set business_service_name ="
                + " excluded.business_service_name, owners = excluded.owners, ticket_id ="
                + " excluded.ticket_id, ticket_created_at = excluded.ticket_created_at,"
                + " ticket_updated_at = excluded.ticket_updated_at where"
                + " (excluded.ticket_created_at, excluded.ticket_updated_at) >="
                + " (service_business_owners.ticket_created_at,"
                + " service_business_owners.ticket_updated_at)")
        .setParameter("service", ticket.businessServiceId())
        .setParameter("name", ticket.businessServiceName())
        .setParameter("owners", String.join(SEPARATOR, owners))
        .setParameter("separator", SEPARATOR)
        .setParameter("ticket", ticket.id())
        .setParameter("created", created)
        .setParameter("updated", updated)
        .executeUpdate();
  }

  /**
   * Who a service-level alert is for, and the service's name (the alert's, else the one learnt);
   * for a team's alert, nobody.
   */
  public Service of(EngagementAlert alert) {
    Service known =
        "SERVICE".equalsIgnoreCase(alert.scope()) ? of(alert.businessServiceId()) : Service.UNKNOWN;
    String name = alert.businessServiceName() != null ? alert.businessServiceName() : known.name();
    return new Service(name, known.owners());
  }

  /** What is known of {@code businessServiceId}: no name and no owner when no ticket was seen. */
  @SuppressWarnings("unchecked")
  Service of(UUID businessServiceId) {
    if (businessServiceId == null) {
      return Service.UNKNOWN;
    }
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select business_service_name, array_to_string(owners, :separator)"
                    + " from service_business_owners where business_service_id = :service")
            .setParameter("separator", SEPARATOR)
            .setParameter("service", businessServiceId)
            .getResultList();
    if (rows.isEmpty()) {
      return Service.UNKNOWN;
    }
    String owners = (String) rows.get(0)[1];
    return new Service(
        (String) rows.get(0)[0],
        owners == null || owners.isEmpty() ? List.of() : Arrays.asList(owners.split(SEPARATOR)));
  }
}
