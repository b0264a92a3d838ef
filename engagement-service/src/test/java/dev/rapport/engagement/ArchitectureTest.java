package dev.rapport.engagement;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.rapport.architecture.ServiceRules;
import dev.rapport.architecture.ThisModule;

/**
 * engagement-service has the shape of every service (ServiceRules): api and messaging use domain,
 * domain uses none of them, no cycles between packages, domain classes of readable length, and no
 * other service used.
 */
@AnalyzeClasses(locations = ThisModule.class)
class ArchitectureTest {
  @ArchTest static final ArchTests RAPPORT_SERVICE = ArchTests.in(ServiceRules.class);
}
