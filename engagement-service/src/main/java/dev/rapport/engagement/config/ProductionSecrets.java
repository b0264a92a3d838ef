package dev.rapport.engagement.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The prod profile refuses to start on the development survey secret: anyone who read the source
 * could answer any requester's survey from a forged link. Dev and test runs keep it.
 */
@ApplicationScoped
public class ProductionSecrets {

  void check(@Observes StartupEvent event, SurveyConfig config) {
    check(LaunchMode.current(), config.surveySecret());
  }

  /**
   * @throws IllegalStateException naming the setting, in production, on the development value
   */
  public static void check(LaunchMode mode, String surveySecret) {
    if (mode == LaunchMode.NORMAL && SurveyConfig.DEVELOPMENT_SURVEY_SECRET.equals(surveySecret)) {
      throw new IllegalStateException(
          "rapport.engagement.survey-secret (RAPPORT_SURVEY_SECRET) is the development default;"
              + " set a long random one for this installation");
    }
  }
}
