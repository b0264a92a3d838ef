package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.config.SurveyConfig;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.support.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The links of a survey's message: {@code <public-url>/s/<token>}, where the token names the
 * survey, the rating it records (or none: the answer page) and until when it may be used, signed
 * with {@code rapport.engagement.survey-secret} ({@link SignedTokens}). The token is the
 * credential: nobody can make one for another survey or rating without the secret.
 */
@ApplicationScoped
public class SurveyLinks {
  /** Survey id (16 bytes), rating (1 byte, 0 for none), usable until (8 bytes, epoch seconds). */
  private static final int PAYLOAD_BYTES = 16 + 1 + 8;

  /** What a genuine token says. {@code rating} is null for the answer page's token. */
  public record Link(UUID survey, Integer rating, Instant usableUntil) {}

  private final SignedTokens tokens;
  private final String baseUrl;

  @Inject
  SurveyLinks(SurveyConfig config) {
    this(config.surveySecret(), config.publicUrl());
  }

  SurveyLinks(String secret, String baseUrl) {
    this.tokens = new SignedTokens(secret);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The five one-click links, ratings 1 to 5. */
  public List<RatingLink> ratingLinks(UUID survey, Instant usableUntil) {
    return IntStream.rangeClosed(1, 5)
        .mapToObj(rating -> new RatingLink(rating, url(new Link(survey, rating, usableUntil))))
        .toList();
  }

  /** The answer page's link (no rating: it records nothing by itself). */
  public String answerUrl(UUID survey, Instant usableUntil) {
    return url(new Link(survey, null, usableUntil));
  }

  /** The absolute URL of {@code link}. */
  public String url(Link link) {
    return baseUrl + "/s/" + token(link);
  }

  /** The signed token of {@code link}. */
  public String token(Link link) {
    byte[] payload =
        ByteBuffer.allocate(PAYLOAD_BYTES)
            .putLong(link.survey().getMostSignificantBits())
            .putLong(link.survey().getLeastSignificantBits())
            .put((byte) (link.rating() == null ? 0 : link.rating()))
            .putLong(link.usableUntil().getEpochSecond())
            .array();
    return tokens.sign(payload);
  }

  /** What a genuine token says; empty for a forged, tampered or malformed one. */
  public Optional<Link> verify(String token) {
    return tokens.verify(token, PAYLOAD_BYTES).flatMap(SurveyLinks::read);
  }

  private static Optional<Link> read(byte[] payload) {
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    UUID survey = new UUID(buffer.getLong(), buffer.getLong());
    int rating = buffer.get();
    long until = buffer.getLong();
    if (rating < 0 || rating > 5) {
      return Optional.empty();
    }
    return Optional.of(new Link(survey, rating == 0 ? null : rating, Instant.ofEpochSecond(until)));
  }
}
