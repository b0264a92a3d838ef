package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void portsPickedForListenersAreFreeDistinctAndOutsideTheRangeOfOutgoingConnections()
      throws IOException {
    String[] range =
        Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
            .get(0)
            .trim()
            .split("\\s+");
    int ephemeralLow = Integer.parseInt(range[0]);
    int ephemeralHigh = Integer.parseInt(range[1]);
    Set<Integer> picked = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      int port = Ports.resolve(0);
      assertThat(port).isBetween(1024, 65_535);
      assertThat(port < ephemeralLow || port > ephemeralHigh)
          .as("port %d is outside %d-%d", port, ephemeralLow, ephemeralHigh)
          .isTrue();
      assertThat(Ports.accepts(port)).isFalse();
      picked.add(port);
    }
    assertThat(picked).hasSize(50);
    assertThat(Ports.resolve(5432)).isEqualTo(5432);
  }
}
