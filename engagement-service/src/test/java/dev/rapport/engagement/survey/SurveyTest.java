package dev.rapport.engagement.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.engagement.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every survey test shares: the ticket events in and survey events out ({@link SurveyFlow}),
 * one per test class, and the service's clock, reset after each test.
 */
abstract class SurveyTest {
  static SurveyFlow flow;

  @Inject ObjectMapper json;
  @Inject TestClock clock;

  @BeforeEach
  void connect() {
    if (flow == null) {
      flow = new SurveyFlow(json);
    }
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @AfterAll
  static void disconnect() {
    if (flow != null) {
      flow.close();
      flow = null;
    }
  }
}
