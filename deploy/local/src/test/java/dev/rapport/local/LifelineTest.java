package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifelineTest {
  private Process victim;

  @AfterEach
  void cleanUp() {
    if (victim != null) {
      victim.destroyForcibly();
    }
  }

  @Test
  void signalsTheProcessWhenTheJvmsEndOfThePipeCloses() throws Exception {
    victim = new ProcessBuilder("sleep", "300").start();
    Lifeline lifeline = Lifeline.attach(victim.pid(), "TERM");

    lifeline.cut(); // what the kernel does when this JVM dies

    assertThat(victim.onExit()).succeedsWithin(Duration.ofSeconds(30));
  }

  @Test
  void releasedLeavesTheProcessAlone() throws Exception {
    victim = new ProcessBuilder("sleep", "300").start();
    Lifeline lifeline = Lifeline.attach(victim.pid(), "TERM");

    lifeline.release();

    assertThat(victim.isAlive()).isTrue();
  }
}
