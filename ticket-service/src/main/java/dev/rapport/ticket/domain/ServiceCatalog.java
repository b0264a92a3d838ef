package dev.rapport.ticket.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The business-service catalogue: services the business consumes and their stakeholders. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ServiceCatalog {
  private final Clock clock;
  private final NamedPeople namedPeople;

  ServiceCatalog(Clock clock, NamedPeople namedPeople) {
    this.clock = clock;
    this.namedPeople = namedPeople;
  }

  public BusinessService create(
      String name, String description, String owner, Collection<Participant> stakeholders) {
    requireUniqueName(name, null);
    Instant now = clock.instant();
    BusinessService service = new BusinessService();
    service.id = TimeOrderedUuids.next();
    apply(service, name, description, owner, stakeholders);
    service.createdAt = now;
    service.updatedAt = now;
    service.persist();
    return service;
  }

  public BusinessService replace(
      UUID id,
      String ifMatch,
      String name,
      String description,
      String owner,
      Collection<Participant> stakeholders) {
    BusinessService service = get(id);
    ETags.checkIfMatch(ifMatch, service.version);
    requireUniqueName(name, id);
    apply(service, name, description, owner, stakeholders);
    service.updatedAt = clock.instant();
    return service;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public BusinessService get(UUID id) {
    BusinessService service = BusinessService.findById(id);
    if (service == null) {
      throw ProblemException.notFound("Business service", id.toString());
    }
    return service;
  }

  /** The service a ticket names, or 422 when it is not in the catalogue. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BusinessService listed(UUID id) {
    BusinessService service = BusinessService.findById(id);
    if (service == null) {
      throw ProblemException.unprocessable(
          "unknown-business-service",
          "businessServiceId " + id + " is not in the catalogue (GET /api/v1/services lists it).");
    }
    return service;
  }

  /** A page of the catalogue by name; names are unique without regard to case. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<BusinessService> list(String after, int limit) {
    List<BusinessService> rows =
        (after == null
                ? BusinessService.<BusinessService>find("order by lower(name)")
                : BusinessService.<BusinessService>find(
                    "lower(name) > ?1 order by lower(name)", Cursor.decode(after, 1).get(0)))
            .range(0, limit)
            .list();
    return Page.fromLookahead(rows, limit, last -> List.of(last.name.toLowerCase(Locale.ROOT)));
  }

  private void apply(
      BusinessService service,
      String name,
      String description,
      String owner,
      Collection<Participant> stakeholders) {
    service.name = name.strip();
    service.description = description;
    service.owner = UserNames.normalise(owner);
    List<Participant> before = List.copyOf(service.stakeholders);
    service.stakeholders.clear();
    if (stakeholders != null) {
      int index = 0;
      for (Participant given : stakeholders) {
        if (given.level == ParticipantLevel.WATCHER) {
          throw ProblemException.badRequest(
              "invalid-stakeholder-level",
              "A business service's stakeholders are EXECUTIVE, BUSINESS_OWNER, END_USER or IT.");
        }
        Participant stakeholder = new Participant(UserNames.normalise(given.userName), given.level);
        if (!before.contains(stakeholder)) {
          namedPeople.requireNameable(
              "stakeholders[" + index + "].userName", stakeholder.userName, stakeholder.level);
        }
        service.stakeholders.add(stakeholder);
        index++;
      }
    }
  }

  private static void requireUniqueName(String name, UUID except) {
    BusinessService existing =
        BusinessService.<BusinessService>find("lower(name) = ?1", name.strip().toLowerCase())
            .firstResult();
    if (existing != null && !existing.id.equals(except)) {
      throw ProblemException.conflict(
          "duplicate-business-service",
          "A business service named '"
              + existing.name
              + "' already exists (id "
              + existing.id
              + ").",
          java.util.Map.of("existingId", existing.id.toString()));
    }
  }
}
