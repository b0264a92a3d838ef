package dev.rapport.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Rapport module may use which: {@code events} (the contract) uses nothing of ours, {@code
 * support} and {@code local} only the contract, and a service only {@code support} and {@code
 * events}: services never import each other, they talk over HTTP and Kafka. A module is the package
 * right under {@code dev.rapport} ({@code dev.rapport.ticket} is ticket-service).
 */
public final class ModuleRules {
  private static final String ROOT = "dev.rapport.";

  /** What each shared module may use; any other module is a service. */
  private static final Map<String, Set<String>> SHARED_MODULES =
      Map.of(
          "events", Set.of(),
          "architecture", Set.of(),
          "support", Set.of("events"),
          "local", Set.of("events"));

  private static final Set<String> WHAT_A_SERVICE_MAY_USE = Set.of("support", "events");

  @ArchTest
  public static final ArchRule MODULES_USE_ONLY_THE_MODULES_BELOW_THEM =
      ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("dev.rapport..")
          .should(useOnlyTheModulesBelowThem())
          .because(
              "events depends on nothing of ours, support knows no domain, and services never"
                  + " import each other (docs/architecture.md)");

  @ArchTest
  public static final ArchRule SCHEDULED_JOBS_STOP_WITH_THE_APPLICATION =
      ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("dev.rapport..")
          .should(ScheduleRule.skipRunsWhileShuttingDown())
          .because("a run during shutdown fails on closed resources and logs an error");

  private ModuleRules() {}

  private static ArchCondition<JavaClass> useOnlyTheModulesBelowThem() {
    return new ArchCondition<>("use only the Rapport modules below them") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = moduleOf(origin.getPackageName());
        if (from.isEmpty()) {
          return;
        }
        Set<String> allowed = SHARED_MODULES.getOrDefault(from.get(), WHAT_A_SERVICE_MAY_USE);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> to = moduleOf(dependency.getTargetClass().getPackageName());
          if (to.isPresent() && !to.get().equals(from.get()) && !allowed.contains(to.get())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static Optional<String> moduleOf(String packageName) {
    if (!packageName.startsWith(ROOT)) {
      return Optional.empty();
    }
    String rest = packageName.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
