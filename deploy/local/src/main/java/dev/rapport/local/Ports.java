package dev.rapport.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Port chores of a machine that runs everything on loopback. */
final class Ports {
  private Ports() {}

  /** Ports handed out by {@link #resolve}: never the same one twice in one JVM. */
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private static final int LOWEST_PICKED = 10_000;
  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final int[] EPHEMERAL = ephemeralRange();

  /**
   * {@code requested}, or a port nobody listens on when it is 0. It is picked outside the range the
   * OS hands to outgoing connections: a port found free there can become any client socket's local
   * port between our probe and our bind, or between a broker's stop and its restart on the same
   * port. PostgreSQL and Kafka pick theirs at the same moment and bind them only later, so no port
   * is handed out twice.
   */
  static synchronized int resolve(int requested) {
    if (requested != 0) {
      return requested;
    }
    int below = Math.max(0, EPHEMERAL[0] - LOWEST_PICKED);
    int above = Math.max(0, 65_535 - EPHEMERAL[1]);
    for (int attempt = 0; attempt < 200; attempt++) {
      int pick = ThreadLocalRandom.current().nextInt(below + above);
      int candidate = pick < below ? LOWEST_PICKED + pick : EPHEMERAL[1] + 1 + pick - below;
      if (!HANDED_OUT.contains(candidate) && isFree(candidate)) {
        HANDED_OUT.add(candidate);
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No free port on loopback outside the ephemeral range "
            + EPHEMERAL[0]
            + "-"
            + EPHEMERAL[1]);
  }

  /**
   * The OS's ephemeral port range; Linux's default when it cannot be read. Read by lines: /proc
   * reports a size of 0, and {@code Files.readString} then returns only the first byte.
   */
  private static int[] ephemeralRange() {
    try {
      String[] bounds = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
      return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
    } catch (IOException | RuntimeException e) {
      return new int[] {32_768, 60_999};
    }
  }

  private static boolean isFree(int port) {
    try {
      requireFree(port, "a probe");
      return true;
    } catch (PortInUseException e) {
      return false;
    }
  }

  /** Thrown when a port we are to listen on is taken. */
  static final class PortInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final int port;

    PortInUseException(int port, String what, Throwable cause) {
      super("Port " + port + " for " + what + " is already in use by another process", cause);
      this.port = port;
    }

    int port() {
      return port;
    }
  }

  /** Fails with a clear message when something already listens on {@code port}. */
  static void requireFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new PortInUseException(port, what, e);
    }
  }

  static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
