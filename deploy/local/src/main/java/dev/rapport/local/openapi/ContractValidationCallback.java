package dev.rapport.local.openapi;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs {@link ContractValidation} before every {@code @QuarkusTest} method of every service
 * (found through {@code META-INF/services}, so a service gets it by depending on rapport-local).
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {
  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    ContractValidation.install();
  }
}
