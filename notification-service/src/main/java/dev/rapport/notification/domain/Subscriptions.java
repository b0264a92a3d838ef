package dev.rapport.notification.domain;

import dev.rapport.events.EventCatalog;
import dev.rapport.support.api.Cursor;
import dev.rapport.support.api.Page;
import dev.rapport.support.ids.TimeOrderedUuids;
import dev.rapport.support.outbound.OutboundGuard;
import dev.rapport.support.problem.FieldError;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.query.Keyset;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of subscribing: a URL the {@link OutboundGuard} lets through (https, public); event
 * types from the catalogue (or "*"); a WEBHOOK gets a generated {@code whsec_} secret unless it
 * brings a well-formed one, a CHAT takes none; only an admin may let a subscription receive
 * internal content.
 */
@ApplicationScoped
public class Subscriptions {
  private final Clock clock;
  private final OutboundGuard guard;
  private final SecretSealing sealing;

  Subscriptions(Clock clock, OutboundGuard guard, SecretSealing sealing) {
    this.clock = clock;
    this.guard = guard;
    this.sealing = sealing;
  }

  /**
   * A subscription just made, and its signing secret in clear (WEBHOOK; null for CHAT): the only
   * moment it is known outside the database, where it is kept encrypted.
   */
  public record Created(Subscription subscription, String secret) {}

  /** What a caller asks for. */
  public record Draft(
      SubscriptionKind kind,
      String url,
      String secret,
      List<String> eventTypes,
      UUID businessServiceId,
      String teamId,
      boolean includeInternal) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Created create(Draft draft, Caller caller) {
    if (draft.includeInternal() && !caller.admin()) {
      throw ProblemException.forbidden(
          "Only an admin may let a subscription receive internal content (includeInternal)");
    }
    List<FieldError> errors = new ArrayList<>();
    guard.refusalOnSave(draft.url()).ifPresent(reason -> errors.add(new FieldError("url", reason)));
    LinkedHashSet<String> types = new LinkedHashSet<>();
    for (int i = 0; i < draft.eventTypes().size(); i++) {
      String type = draft.eventTypes().get(i).strip();
      if (!type.equals(Subscription.ALL_TYPES) && EventCatalog.byType(type).isEmpty()) {
        errors.add(
            new FieldError(
                "eventTypes[" + i + "]",
                "'" + type + "' is not a known event type (see docs/events.md), nor '*'"));
      }
      types.add(type);
    }
    String secret = draft.secret() == null || draft.secret().isBlank() ? null : draft.secret();
    if (draft.kind() == SubscriptionKind.CHAT && secret != null) {
      errors.add(new FieldError("secret", "applies to WEBHOOK subscriptions only"));
    }
    if (draft.kind() == SubscriptionKind.WEBHOOK
        && secret != null
        && !WebhookSecret.isValid(secret)) {
      errors.add(
          new FieldError(
              "secret",
              "must be whsec_ followed by the base64 of 24 to 64 bytes; or leave it out"));
    }
    if (!errors.isEmpty()) {
      // ProblemException carries no field list, so the fields are named in the detail and listed
      // in invalidFields.
      throw new ProblemException(
          400,
          "invalid-subscription",
          "Bad request",
          String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()),
          Map.of("invalidFields", errors.stream().map(FieldError::field).toList()));
    }
    Subscription s = new Subscription();
    s.id = TimeOrderedUuids.next();
    s.kind = draft.kind();
    s.url = draft.url().strip();
    String clear =
        draft.kind() == SubscriptionKind.WEBHOOK
            ? (secret == null ? WebhookSecret.generate() : secret)
            : null;
    s.secret = sealing.seal(clear);
    s.eventTypes = types.toArray(String[]::new);
    s.businessServiceId = draft.businessServiceId();
    s.teamId = draft.teamId() == null || draft.teamId().isBlank() ? null : draft.teamId().strip();
    s.includeInternal = draft.includeInternal();
    s.active = true;
    s.createdBy = caller.userName();
    s.createdAt = clock.instant();
    s.persist();
    return new Created(s, clear);
  }

  /**
   * The active subscriptions {@code caller} may see (an admin every one, anyone else those they
   * created), oldest first, keyset-paginated.
   */
  public Page<Subscription> list(Caller caller, String after, int limit) {
    String query = "active = true";
    Map<String, Object> params = new HashMap<>();
    if (!caller.admin()) {
      query += " and lower(createdBy) = :me";
      params.put("me", caller.userName().toLowerCase(Locale.ROOT));
    }
    if (after != null) {
      Cursor.Position position = Cursor.decodePosition(after);
      query +=
          " and "
              + Keyset.after(
                  List.of("createdAt", "id"), List.of(position.at(), position.id()), false, params);
    }
    List<Subscription> rows =
        Subscription.<Subscription>find(query + " order by createdAt, id", params)
            .page(0, limit + 1)
            .list();
    return Page.fromLookahead(
        rows, limit, last -> List.of(last.createdAt.toString(), last.id.toString()));
  }

  /**
   * An active subscription the caller may see: an admin sees every one, anyone else (an
   * integration) only those they created; others answer as not found, so they do not leak.
   */
  public Subscription find(UUID id, Caller caller) {
    Subscription s = Subscription.findById(id);
    if (s == null || !s.active || !(caller.admin() || isCreatedBy(s, caller.userName()))) {
      throw ProblemException.notFound("Subscription", id.toString());
    }
    return s;
  }

  /** Whether {@code caller} created it; user names compare without regard to case. */
  public static boolean isCreatedBy(Subscription subscription, String caller) {
    return subscription.createdBy.equalsIgnoreCase(caller);
  }

  /**
   * Stops deliveries to it; deliveries not yet sent end DEAD ("The subscription was deleted"). Only
   * its creator or an admin may.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(UUID id, Caller caller) {
    find(id, caller).active = false;
  }
}
