package dev.rapport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of every service, in one place. A service holds it with one test class:
 *
 * <pre>{@code
 * @AnalyzeClasses(locations = ThisModule.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests rapport = ArchTests.in(ServiceRules.class);
 * }
 * }</pre>
 *
 * <p>Inside a service the packages depend inwards: {@code api} and {@code scim} (the HTTP surface),
 * {@code messaging} (Kafka) and {@code channel} (e-mail, chat, webhooks) use {@code domain}; {@code
 * domain} uses none of them: where it must publish or send, it declares an interface that an outer
 * package implements. The HTTP surface reaches Kafka and the channels only through the domain.
 */
public final class ServiceRules {
  private static final DescribedPredicate<JavaClass> SHARED =
      resideInAnyPackage("dev.rapport.support..", "dev.rapport.events..");

  private static final DescribedPredicate<JavaClass> HTTP_SURFACE =
      resideInAnyPackage("dev.rapport.*.api..", "dev.rapport.*.scim..").and(not(SHARED));

  private static final DescribedPredicate<JavaClass> KAFKA_AND_CHANNELS =
      resideInAnyPackage("dev.rapport.*.messaging..", "dev.rapport.*.channel..").and(not(SHARED));

  @ArchTest
  public static final ArchRule DOMAIN_USES_NO_OUTER_PACKAGE =
      noClasses()
          .that()
          .resideInAPackage("dev.rapport.*.domain..")
          .should()
          .dependOnClassesThat(HTTP_SURFACE.or(KAFKA_AND_CHANNELS))
          .because(
              "the rules live in domain; api, scim, messaging and channel adapt them to HTTP, Kafka"
                  + " and the channels (an interface in domain where it must publish or send)");

  @ArchTest
  public static final ArchRule HTTP_SURFACE_PUBLISHES_AND_SENDS_THROUGH_THE_DOMAIN =
      noClasses()
          .that(HTTP_SURFACE)
          .should()
          .dependOnClassesThat(KAFKA_AND_CHANNELS)
          .because("a resource is request → one domain call → response")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule KAFKA_AND_CHANNELS_DO_NOT_CALL_THE_HTTP_SURFACE =
      noClasses()
          .that(KAFKA_AND_CHANNELS)
          .should()
          .dependOnClassesThat(HTTP_SURFACE)
          .because("consumers and senders apply domain rules, not resources")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
      slices()
          .matching("dev.rapport.(*).(*)..")
          .should()
          .beFreeOfCycles()
          .because("a newcomer reads a service inwards, from its surface to its rules");

  @ArchTest
  public static final ArchRule DOMAIN_CLASSES_FIT_ON_A_SCREEN_OR_TWO =
      classes()
          .that()
          .resideInAPackage("dev.rapport.*.domain..")
          .and()
          .areTopLevelClasses()
          .should(SourceLength.atMost(SourceLength.DOMAIN_CLASS_LINES))
          .because("each rule is in a class named for it, which a newcomer reads at once");

  @ArchTest
  public static final ArchRule DOMAIN_JOINS_THE_CALLERS_TRANSACTION =
      classes()
          .that()
          .resideInAPackage("dev.rapport.*.domain..")
          .should(TransactionRule.joinTheCallersTransaction())
          .because("the transaction boundary is the entry point (docs/architecture.md)");

  @ArchTest public static final ArchTests MODULES = ArchTests.in(ModuleRules.class);

  private ServiceRules() {}
}
