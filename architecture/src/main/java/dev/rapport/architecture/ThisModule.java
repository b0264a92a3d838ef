package dev.rapport.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.nio.file.Path;
import java.util.Set;

/**
 * The main classes of the module under test ({@code target/classes}; tests run in the module's
 * folder): {@code @AnalyzeClasses(locations = ThisModule.class)}. Faster than naming packages,
 * which makes ArchUnit look through every jar on the test classpath.
 */
public final class ThisModule implements LocationProvider {
  @Override
  public Set<Location> get(Class<?> testClass) {
    return Set.of(Location.of(Path.of("target", "classes")));
  }
}
