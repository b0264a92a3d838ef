package dev.rapport.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A creating POST that honours {@code Idempotency-Key}: the first request with a key creates, a
 * retry with the same key and body answers 201 for what was created then (marked {@code
 * Idempotent-Replayed: true}), the same key with another body is a 422. Call it inside the
 * transaction that creates, so that the key and the resource commit together.
 */
@ApplicationScoped
public class IdempotentCreation {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";

  private final IdempotencyKeys keys;
  private final RequestFingerprint fingerprint;

  IdempotentCreation(IdempotencyKeys keys, RequestFingerprint fingerprint) {
    this.keys = keys;
    this.fingerprint = fingerprint;
  }

  /**
   * @param scope whose keys these are, e.g. "updates:" + caller + ":" + ticket
   * @param key the header's value, or null when the client sent none
   * @param create makes the resource and answers its id
   * @param created the 201 response for an id (Location, body), for a first request or a replay
   */
  public Response create(
      String scope,
      String key,
      Object request,
      Supplier<UUID> create,
      Function<UUID, Response.ResponseBuilder> created) {
    if (key != null) {
      Optional<String> earlier = keys.claim(scope, key, fingerprint.of(request));
      if (earlier.isPresent()) {
        return created.apply(UUID.fromString(earlier.get())).header(REPLAYED, "true").build();
      }
    }
    UUID id = create.get();
    if (key != null) {
      keys.complete(scope, key, id.toString());
    }
    return created.apply(id).build();
  }
}
