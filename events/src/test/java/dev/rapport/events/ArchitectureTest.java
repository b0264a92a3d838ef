package dev.rapport.events;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.rapport.architecture.ModuleRules;
import dev.rapport.architecture.ThisModule;

/** The events module uses only the Rapport modules below it (ModuleRules). */
@AnalyzeClasses(locations = ThisModule.class)
class ArchitectureTest {
  @ArchTest static final ArchTests RAPPORT_MODULES = ArchTests.in(ModuleRules.class);
}
