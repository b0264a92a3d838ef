package dev.rapport.engagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

  @Test
  void productionRefusesTheDevelopmentSurveySecretNamingTheSetting() {
    assertThatThrownBy(
            () ->
                ProductionSecrets.check(LaunchMode.NORMAL, SurveyConfig.DEVELOPMENT_SURVEY_SECRET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rapport.engagement.survey-secret")
        .hasMessageContaining("RAPPORT_SURVEY_SECRET");
  }

  @Test
  void anOwnSecretStartsAndDevelopmentRunsKeepTheDefault() {
    assertThatCode(() -> ProductionSecrets.check(LaunchMode.NORMAL, "a-long-random-secret"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                ProductionSecrets.check(
                    LaunchMode.DEVELOPMENT, SurveyConfig.DEVELOPMENT_SURVEY_SECRET))
        .doesNotThrowAnyException();
  }

  @Test
  void theDefaultIsTheValueRefused() throws Exception {
    String secretDefault =
        SurveyConfig.class.getMethod("surveySecret").getAnnotation(WithDefault.class).value();
    assertThat(secretDefault)
        .isEqualTo("${RAPPORT_SURVEY_SECRET:" + SurveyConfig.DEVELOPMENT_SURVEY_SECRET + "}");
  }
}
