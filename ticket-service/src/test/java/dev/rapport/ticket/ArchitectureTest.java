package dev.rapport.ticket;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.rapport.architecture.ServiceRules;
import dev.rapport.architecture.ThisModule;

/** ticket-service has the shape of every service (ServiceRules). */
@AnalyzeClasses(locations = ThisModule.class)
class ArchitectureTest {
  @ArchTest static final ArchTests RAPPORT = ArchTests.in(ServiceRules.class);
}
