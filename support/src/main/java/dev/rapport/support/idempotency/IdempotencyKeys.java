package dev.rapport.support.idempotency;

import java.util.Optional;

/**
 * Makes a retried create create nothing twice (the {@code Idempotency-Key} header). Keys are
 * remembered for 24 hours, per scope (e.g. "tickets:" + caller). Both methods run in the caller's
 * transaction so that the key and the created resource commit together.
 */
public interface IdempotencyKeys {

  /**
   * Claims {@code key} for this request. Empty: the key is new, go ahead and create, then call
   * {@link #complete}. Present: the id of the resource an earlier request with the same key and the
   * same {@code requestFingerprint} created; answer with it. A key reused with a different
   * fingerprint is a 422 problem ("idempotency-key-reused"). A concurrent request holding the same
   * key makes this call wait until that one commits.
   */
  Optional<String> claim(String scope, String key, String requestFingerprint);

  void complete(String scope, String key, String resourceId);
}
