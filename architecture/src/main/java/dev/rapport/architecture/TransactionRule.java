package dev.rapport.architecture;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * Domain beans join the caller's transaction, they never begin one (docs/architecture.md,
 * Transactions): a {@code @Transactional} in {@code domain} is MANDATORY, SUPPORTS (reads) or
 * REQUIRES_NEW (a record that must outlive the caller's rollback). REQUIRED, the default, belongs
 * to entry points: resources, consumers, and a domain job's {@code @Scheduled} method.
 */
final class TransactionRule {
  private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
  private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
  private static final Set<String> JOINING = Set.of("MANDATORY", "SUPPORTS", "REQUIRES_NEW");

  private TransactionRule() {}

  static ArchCondition<JavaClass> joinTheCallersTransaction() {
    return new ArchCondition<>("join the caller's transaction rather than begin one") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        begins(javaClass)
            .ifPresent(kind -> events.add(violation(javaClass, javaClass.getName(), kind)));
        for (JavaMethod method : javaClass.getMethods()) {
          if (!method.isAnnotatedWith(SCHEDULED)) {
            begins(method)
                .ifPresent(kind -> events.add(violation(method, method.getFullName(), kind)));
          }
        }
      }
    };
  }

  /** The transaction type when {@code element} is @Transactional with one that begins its own. */
  private static Optional<String> begins(HasAnnotations<?> element) {
    return element
        .tryGetAnnotationOfType(TRANSACTIONAL)
        .map(TransactionRule::type)
        .filter(type -> !JOINING.contains(type));
  }

  private static String type(JavaAnnotation<?> transactional) {
    return transactional
        .get("value")
        .map(value -> ((JavaEnumConstant) value).name())
        .orElse("REQUIRED");
  }

  private static ConditionEvent violation(Object where, String name, String kind) {
    return SimpleConditionEvent.violated(
        where,
        name
            + " is @Transactional("
            + kind
            + "): a domain bean joins its caller's (MANDATORY, SUPPORTS) or, for a record that must"
            + " survive a rollback, REQUIRES_NEW");
  }
}
