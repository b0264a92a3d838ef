package dev.rapport.notification.domain;

import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.ETags;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audience rules as admins keep them: one rule per audience and event type (a known ticket
 * event type, or {@link AudienceRules#INTERNAL_NOTE}), never for the SUBSCRIPTION audience (a
 * subscription chooses its events itself), and internal notes only for IT audiences.
 */
@ApplicationScoped
public class AudienceRuleBook {
  private final Clock clock;

  AudienceRuleBook(Clock clock) {
    this.clock = clock;
  }

  /** What a new rule says; {@code minPriority} P1 to P4 or null for every priority. */
  public record NewRule(
      Audience audience, String eventType, String minPriority, RuleDelivery delivery) {}

  /** The rules by audience and event type, optionally of one audience or event type only. */
  public Page<AudienceRule> list(Audience audience, String eventType, String after, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (audience != null) {
      where.add("audience = :audience");
      params.put("audience", audience);
    }
    if (eventType != null && !eventType.isBlank()) {
      where.add("eventType = :eventType");
      params.put("eventType", eventType.strip());
    }
    if (after != null) {
      // audience is stored by name, so its order is the order of the names.
      where.add(
          Keyset.after(
              List.of("str(audience)", "eventType"), Cursor.decode(after, 2), false, params));
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where)) + " order by audience, eventType";
    List<AudienceRule> rows = AudienceRule.<AudienceRule>find(query, params).range(0, limit).list();
    return Page.fromLookahead(rows, limit, last -> List.of(last.audience.name(), last.eventType));
  }

  /**
   * @throws ProblemException 404 when there is no rule {@code id}
   */
  public AudienceRule find(UUID id) {
    AudienceRule rule = AudienceRule.findById(id);
    if (rule == null) {
      throw ProblemException.notFound("Rule", id.toString());
    }
    return rule;
  }

  /**
   * Adds a rule made by {@code by}; answers its id.
   *
   * @throws ProblemException 400 for an unknown event type or the SUBSCRIPTION audience, 422 for
   *     internal notes to a non-IT audience, 409 when the audience has a rule for the type
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID add(NewRule draft, Caller by) {
    String type = draft.eventType().strip();
    if (!AudienceRules.EVENT_TYPES.contains(type)) {
      throw ProblemException.badRequest(
          "unknown-event-type",
          "eventType must be one of " + String.join(", ", AudienceRules.EVENT_TYPES));
    }
    if (draft.audience() == Audience.SUBSCRIPTION) {
      throw ProblemException.badRequest(
          "invalid-audience",
          "Subscriptions choose their events themselves (/api/v1/subscriptions)");
    }
    if (type.equals(AudienceRules.INTERNAL_NOTE) && !draft.audience().isIt()) {
      throw ProblemException.unprocessable(
          "internal-to-business",
          "Internal work notes never reach "
              + draft.audience()
              + "; only IT audiences may hear them");
    }
    AudienceRule existing =
        AudienceRule.find("audience = ?1 and eventType = ?2", draft.audience(), type).firstResult();
    if (existing != null) {
      throw ProblemException.conflict(
          "rule-exists",
          "A rule for " + draft.audience() + " and " + type + " exists; change it with PUT",
          Map.of("ruleId", existing.id.toString()));
    }
    AudienceRule rule = new AudienceRule();
    rule.id = TimeOrderedUuids.next();
    rule.audience = draft.audience();
    rule.eventType = type;
    rule.minPriority = draft.minPriority();
    rule.delivery = draft.delivery();
    rule.updatedBy = by.userName();
    rule.updatedAt = clock.instant();
    rule.persist();
    AudienceRule.flush();
    return rule.id;
  }

  /**
   * Changes how rule {@code id} delivers, if it is still at the version {@code ifMatch} names.
   *
   * @throws ProblemException 404 when there is no such rule, 412 on a stale If-Match
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AudienceRule change(
      UUID id, String minPriority, RuleDelivery delivery, String ifMatch, Caller by) {
    AudienceRule rule = find(id);
    ETags.checkIfMatch(ifMatch, rule.version);
    rule.minPriority = minPriority;
    rule.delivery = delivery;
    rule.updatedBy = by.userName();
    rule.updatedAt = clock.instant();
    AudienceRule.flush();
    return rule;
  }
}
