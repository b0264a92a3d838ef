package dev.rapport.support.idempotency;

import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The {@code idempotency_keys} table. The claim is one insert that either takes the key or, when
 * another transaction holds it uncommitted, waits for that transaction: PostgreSQL's ON CONFLICT
 * does the locking, so two concurrent retries cannot both create.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DatabaseIdempotencyKeys implements IdempotencyKeys {
  /** Clients send at most this much; longer is a client bug, not a key. */
  public static final int MAX_KEY_LENGTH = 255;

  /** Also the retention of {@link IdempotencyKeyCleanup}. */
  static final String TTL = "24 hours";

  // Takes a new key, or an expired one (which counts as absent); leaves a live key alone.
  private static final String CLAIM =
      "INSERT INTO idempotency_keys (scope, key, fingerprint, resource_id, created_at)"
          + " VALUES (?, ?, ?, NULL, now())"
          + " ON CONFLICT (scope, key) DO UPDATE"
          + " SET fingerprint = EXCLUDED.fingerprint, resource_id = NULL, created_at = now()"
          + " WHERE idempotency_keys.created_at < now() - interval '"
          + TTL
          + "'";
  private static final String READ =
      "SELECT fingerprint, resource_id FROM idempotency_keys WHERE scope = ? AND key = ?";
  private static final String COMPLETE =
      "UPDATE idempotency_keys SET resource_id = ? WHERE scope = ? AND key = ?";

  private final EntityManager entityManager;

  DatabaseIdempotencyKeys(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<String> claim(String scope, String key, String requestFingerprint) {
    checkKey(key);
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> claim(connection, scope, key, requestFingerprint));
  }

  @Override
  public void complete(String scope, String key, String resourceId) {
    int updated =
        entityManager
            .unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (PreparedStatement update = connection.prepareStatement(COMPLETE)) {
                    update.setString(1, resourceId);
                    update.setString(2, scope);
                    update.setString(3, key);
                    return update.executeUpdate();
                  }
                });
    if (updated != 1) {
      throw new IllegalStateException("complete() without a claim() of key '" + key + "'");
    }
  }

  private static Optional<String> claim(
      Connection connection, String scope, String key, String fingerprint) throws SQLException {
    // Two rounds at most: the row seen as conflicting may be deleted by the cleanup in between.
    for (int round = 0; round < 2; round++) {
      try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
        insert.setString(1, scope);
        insert.setString(2, key);
        insert.setString(3, fingerprint);
        if (insert.executeUpdate() == 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement read = connection.prepareStatement(READ)) {
        read.setString(1, scope);
        read.setString(2, key);
        try (ResultSet row = read.executeQuery()) {
          if (row.next()) {
            return earlierResult(key, fingerprint, row.getString(1), row.getString(2));
          }
        }
      }
    }
    throw new IllegalStateException("idempotency key '" + key + "' could not be claimed");
  }

  private static Optional<String> earlierResult(
      String key, String fingerprint, String earlierFingerprint, String resourceId) {
    if (!earlierFingerprint.equals(fingerprint)) {
      throw new ProblemException(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          "Idempotency-Key '"
              + key
              + "' was already used for a different request in the last 24 hours;"
              + " send a new key for a new request",
          Map.of());
    }
    if (resourceId == null) {
      // Committed without complete(): the earlier request's outcome is unknown.
      throw ProblemException.conflict(
          "idempotency-key-incomplete",
          "The earlier request with Idempotency-Key '" + key + "' did not finish; use a new key",
          Map.of());
    }
    return Optional.of(resourceId);
  }

  private static void checkKey(String key) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.badRequest(
          "invalid-idempotency-key",
          "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters long");
    }
  }
}
