package dev.rapport.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules catch what they are for: a tidy service (fixtures in dev.rapport.tidy) passes them all;
 * a tangled one (dev.rapport.tangled) fails each, naming the class and what it used.
 */
class ServiceRulesTest {
  private static final JavaClasses TIDY =
      new ClassFileImporter().importPackages("dev.rapport.tidy");
  private static final JavaClasses TANGLED =
      new ClassFileImporter().importPackages("dev.rapport.tangled");

  private static final List<ArchRule> EVERY_RULE =
      List.of(
          ServiceRules.DOMAIN_USES_NO_OUTER_PACKAGE,
          ServiceRules.HTTP_SURFACE_PUBLISHES_AND_SENDS_THROUGH_THE_DOMAIN,
          ServiceRules.KAFKA_AND_CHANNELS_DO_NOT_CALL_THE_HTTP_SURFACE,
          ServiceRules.PACKAGES_ARE_FREE_OF_CYCLES,
          ServiceRules.DOMAIN_CLASSES_FIT_ON_A_SCREEN_OR_TWO,
          ServiceRules.DOMAIN_JOINS_THE_CALLERS_TRANSACTION,
          ModuleRules.MODULES_USE_ONLY_THE_MODULES_BELOW_THEM,
          ModuleRules.SCHEDULED_JOBS_STOP_WITH_THE_APPLICATION);

  @Test
  void aTidyServicePassesEveryRule() {
    for (ArchRule rule : EVERY_RULE) {
      assertThatCode(() -> rule.check(TIDY)).as(rule.getDescription()).doesNotThrowAnyException();
    }
  }

  @Test
  void aScheduledJobThatWouldRunDuringShutdownFails() {
    assertThatThrownBy(() -> ModuleRules.SCHEDULED_JOBS_STOP_WITH_THE_APPLICATION.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.rapport.tangled.domain.Sweeping.sweep()")
        .hasMessageContaining("skipExecutionIf");
  }

  @Test
  void aDomainClassThatImportsAnApiClassFails() {
    assertThatThrownBy(() -> ServiceRules.DOMAIN_USES_NO_OUTER_PACKAGE.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.rapport.tangled.domain.Rule")
        .hasMessageContaining("dev.rapport.tangled.api.RuleResponse");
  }

  @Test
  void aResourceThatPublishesItselfFails() {
    assertThatThrownBy(
            () -> ServiceRules.HTTP_SURFACE_PUBLISHES_AND_SENDS_THROUGH_THE_DOMAIN.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.rapport.tangled.api.RuleResource")
        .hasMessageContaining("dev.rapport.tangled.messaging.RuleEvents");
  }

  @Test
  void aCycleBetweenPackagesFails() {
    assertThatThrownBy(() -> ServiceRules.PACKAGES_ARE_FREE_OF_CYCLES.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void aLongDomainClassFailsUnlessItsCommentSaysWhy() {
    assertThatThrownBy(() -> ServiceRules.DOMAIN_CLASSES_FIT_ON_A_SCREEN_OR_TWO.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.rapport.tangled.domain.Sprawling has 265 lines");
  }

  @Test
  void aDomainBeanThatBeginsItsOwnTransactionFails() {
    assertThatThrownBy(() -> ServiceRules.DOMAIN_JOINS_THE_CALLERS_TRANSACTION.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "dev.rapport.tangled.domain.SelfStarting is @Transactional(REQUIRED)");
  }

  @Test
  void aServiceThatUsesAnotherServiceFails() {
    assertThatThrownBy(() -> ModuleRules.MODULES_USE_ONLY_THE_MODULES_BELOW_THEM.check(TANGLED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.rapport.tangled.domain.Borrowed")
        .hasMessageContaining("dev.rapport.tidy.domain.Order");
  }
}
