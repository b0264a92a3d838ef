package dev.rapport.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A {@code @Scheduled} job skips its runs once the application is shutting down ({@code
 * skipExecutionIf = Scheduled.ApplicationNotRunning.class}): otherwise a run that fires during
 * shutdown meets a closed EntityManagerFactory and logs an error on every stop.
 */
final class ScheduleRule {
  private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
  private static final String NOT_RUNNING = SCHEDULED + "$ApplicationNotRunning";

  private ScheduleRule() {}

  static ArchCondition<JavaClass> skipRunsWhileShuttingDown() {
    return new ArchCondition<>("skip their scheduled runs while the application shuts down") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaMethod method : javaClass.getMethods()) {
          if (method.isAnnotatedWith(SCHEDULED) && !skipsWhileShuttingDown(method)) {
            events.add(
                SimpleConditionEvent.violated(
                    method,
                    method.getFullName()
                        + " is @Scheduled without skipExecutionIf ="
                        + " Scheduled.ApplicationNotRunning.class"));
          }
        }
      }
    };
  }

  private static boolean skipsWhileShuttingDown(JavaMethod method) {
    return method
        .getAnnotationOfType(SCHEDULED)
        .get("skipExecutionIf")
        .filter(JavaClass.class::isInstance)
        .map(value -> ((JavaClass) value).getName().equals(NOT_RUNNING))
        .orElse(false);
  }
}
