package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/** Port chores of a machine that runs everything on loopback. */
final class Ports {
  private Ports() {}

  /** Ports handed out by {@link #resolve}: the OS may offer a closed probe's port again. */
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  /**
   * {@code requested}, or a port nobody listens on when it is 0. Never the same free port twice in
   * one JVM, since PostgreSQL and Kafka pick theirs at the same moment and bind them only later.
   */
  static synchronized int resolve(int requested) {
    if (requested != 0) {
      return requested;
    }
    for (int attempt = 0; attempt < 100; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
        if (HANDED_OUT.add(socket.getLocalPort())) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("No free port on loopback", e);
      }
    }
    throw new IllegalStateException("No free port on loopback that was not handed out already");
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
