package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void readsDurationsInShortAndIsoForm() {
    assertThat(CommandLine.duration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(CommandLine.duration("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(CommandLine.duration("8h")).isEqualTo(Duration.ofHours(8));
    assertThat(CommandLine.duration("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(CommandLine.duration("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void rejectsWhatIsNoDuration() {
    for (String bad : List.of("8", "h", "8x", "", "PTx")) {
      assertThatThrownBy(() -> CommandLine.duration(bad))
          .isInstanceOf(CommandLine.UsageException.class)
          .hasMessageContaining("Not a duration");
    }
  }

  @Test
  void takesValuesAfterTheOptionOrAfterAnEqualsSign() {
    CommandLine line =
        CommandLine.parse(
            List.of("--sub", "alice", "--ttl=8h", "--fresh"),
            Set.of("--sub", "--ttl"),
            Set.of("--fresh"));

    assertThat(line.required("--sub")).isEqualTo("alice");
    assertThat(line.value("--ttl")).contains("8h");
    assertThat(line.flag("--fresh")).isTrue();
    assertThat(line.value("--roles")).isEmpty();
  }

  @Test
  void anOptionAtTheEndWithoutItsValueIsBadUsage() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--sub"), Set.of("--sub"), Set.of()))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessage("--sub needs a value");
  }
}
