package dev.rapport.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that takes the connection and never says a word (not even its greeting), and a
 * one-second bound on a send, so a hung mail server shows quickly.
 */
public class SilentSmtpProfile implements QuarkusTestProfile {
  /** The bound on one e-mail send in this profile. */
  public static final String SMTP_TIMEOUT = "1s";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rapport.notification.delivery.smtp-timeout", SMTP_TIMEOUT,
        "rapport.notification.delivery.max-attempts", "2",
        "rapport.notification.delivery.backoff-initial", "200ms",
        "rapport.notification.delivery.backoff-max", "400ms");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(SilentSmtp.class));
  }

  /** Accepts every connection, then keeps it open and silent until the tests end. */
  public static class SilentSmtp implements QuarkusTestResourceLifecycleManager {
    private ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
      try {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    held.add(server.accept());
                  } catch (IOException closed) {
                    return;
                  }
                }
              },
              "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
      return Map.of(
          "quarkus.mailer.host",
          "127.0.0.1",
          "quarkus.mailer.port",
          String.valueOf(server.getLocalPort()));
    }

    @Override
    public void stop() {
      try {
        server.close();
        for (Socket socket : held) {
          socket.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
