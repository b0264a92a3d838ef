package dev.rapport.engagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The pulse results bar is never below 3, whatever is configured: a lower value is refused when the
 * configuration is read (at start-up), so results could never be traced to one or two people.
 */
class PulseConfigTest {

  @Test
  void aMinimumGroupBelowThreeIsRefused() {
    assertThatThrownBy(() -> read("2"))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("rapport.engagement.pulse.min-group");
  }

  @Test
  void threeAndTheDefaultOfFiveAreTaken() {
    assertThat(read("3").minGroup()).isEqualTo(3);
    assertThat(read(null).minGroup()).isEqualTo(5);
  }

  private static PulseConfig read(String minGroup) {
    Map<String, String> properties =
        minGroup == null ? Map.of() : Map.of("rapport.engagement.pulse.min-group", minGroup);
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(PulseConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .withValidator(
                new BeanValidationConfigValidator() {
                  @Override
                  public Validator getValidator() {
                    return Validation.byDefaultProvider()
                        .configure()
                        .messageInterpolator(new ParameterMessageInterpolator())
                        .buildValidatorFactory()
                        .getValidator();
                  }
                })
            .build();
    return config.getConfigMapping(PulseConfig.class);
  }
}
