package dev.rapport.engagement.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.engagement.RatingLink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyLinksTest {
  private static final Instant UNTIL = Instant.parse("2026-12-16T09:00:00Z");
  private final SurveyLinks links = new SurveyLinks("s3cret", "https://csat.example.com/");

  @Test
  void eachLinkNamesItsSurveyRatingAndExpiry() {
    UUID survey = UUID.randomUUID();
    List<RatingLink> ratings = links.ratingLinks(survey, UNTIL);
    assertThat(ratings).extracting(RatingLink::rating).containsExactly(1, 2, 3, 4, 5);
    for (RatingLink link : ratings) {
      assertThat(link.url()).startsWith("https://csat.example.com/s/");
      assertThat(links.verify(token(link.url())))
          .contains(new SurveyLinks.Link(survey, link.rating(), UNTIL));
    }
    assertThat(links.verify(token(links.answerUrl(survey, UNTIL))))
        .contains(new SurveyLinks.Link(survey, null, UNTIL));
  }

  @Test
  void aTokenOfAnotherSecretIsNotOurs() {
    String token = token(links.answerUrl(UUID.randomUUID(), UNTIL));
    assertThat(new SurveyLinks("other", "x").verify(token)).isEmpty();
    assertThat(links.verify("")).isEmpty();
  }

  private static String token(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
