package dev.rapport.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code rapport.engagement.*}: how the one-click links of satisfaction surveys are signed and
 * where they point. The survey rules themselves are {@link CsatConfig}.
 */
@ConfigMapping(prefix = "rapport.engagement")
public interface SurveyConfig {
  /** The development value of {@link #surveySecret()}: the prod profile refuses it. */
  String DEVELOPMENT_SURVEY_SECRET = "dev-only-survey-secret-change-me";

  /**
   * The HMAC key that signs one-click survey links (env RAPPORT_SURVEY_SECRET; {@code ./rapport up}
   * generates one). Anyone who knows it can answer anyone's survey.
   */
  @WithDefault("${RAPPORT_SURVEY_SECRET:" + DEVELOPMENT_SURVEY_SECRET + "}")
  String surveySecret();

  /**
   * This service as requesters reach it from an e-mail (env RAPPORT_ENGAGEMENT_URL, which {@code
   * ./rapport up} sets): links are {@code <public-url>/s/<token>}.
   */
  @WithDefault("${RAPPORT_ENGAGEMENT_URL:http://localhost:8084}")
  String publicUrl();
}
