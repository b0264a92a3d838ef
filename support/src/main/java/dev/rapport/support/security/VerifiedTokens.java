package dev.rapport.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens whose signature and claims were verified, so that a portal sending the
 * same token on every call pays for the RS256 verification once (it was about a fifth of a
 * request's CPU). smallrye-jwt verifies every request and offers no such cache (quarkus-oidc's
 * token cache belongs to the OIDC extension), hence this decorator over its parser.
 *
 * <p>Only successful verifications are kept, keyed by the exact token text, and never past the
 * token's own expiry: after it the parser decides again (with its clock skew), so a hit is the same
 * answer the parser would give.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {
  /** Bounds memory and how long a key rotation takes to reach a token already seen. */
  private static final Duration KEEP_AT_MOST = Duration.ofMinutes(5);

  private static final int MAX_TOKENS = 10_000;

  private final Cache<String, JsonWebToken> verified =
      Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(KEEP_AT_MOST).build();

  @Inject @Delegate JWTParser parser;

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.getIfPresent(token);
    if (known != null && stillValid(known)) {
      return known;
    }
    JsonWebToken fresh = parser.parse(token);
    verified.put(token, fresh);
    return fresh;
  }

  private static boolean stillValid(JsonWebToken token) {
    return token.getExpirationTime() > Instant.now().getEpochSecond();
  }
}
