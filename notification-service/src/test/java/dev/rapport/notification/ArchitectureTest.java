package dev.rapport.notification;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.rapport.architecture.ServiceRules;
import dev.rapport.architecture.ThisModule;

/**
 * notification-service has the shape of every service (ServiceRules): domain uses no api, messaging
 * or channel class, the api reaches Kafka and the channels only through the domain, no cycles
 * between its packages, and it uses no other service.
 */
@AnalyzeClasses(locations = ThisModule.class)
class ArchitectureTest {
  @ArchTest static final ArchTests RAPPORT = ArchTests.in(ServiceRules.class);
}
