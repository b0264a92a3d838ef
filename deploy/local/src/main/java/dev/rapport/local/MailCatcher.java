package dev.rapport.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A real SMTP server on loopback (GreenMail) that keeps every message it is sent, for services'
 * tests and for {@code ./rapport up}. It accepts any sender and recipient, without authentication
 * or TLS; point a service at it with {@code quarkus.mailer.host=127.0.0.1} and {@code
 * quarkus.mailer.port=<port()>}.
 *
 * <pre>{@code
 * try (MailCatcher mail = MailCatcher.start()) {         // an ephemeral port
 *   ... let the service send to ana@example.com ...
 *   MailCatcher.Mail m = mail.awaitTo("ana@example.com", 1).get(0);
 *   m.subject(); m.text(); m.html();
 * }
 * }</pre>
 *
 * <p>With a dump folder, every message received is also written there as {@code
 * <n>-<recipient>.eml} (within a second), which any mail client opens.
 */
public final class MailCatcher implements AutoCloseable {

  /**
   * One message as received.
   *
   * @param to the recipients (To), as addresses
   * @param text the text/plain part, or null
   * @param html the text/html part, or null
   * @param raw the whole message in RFC 5322 form (what a .eml file holds)
   */
  public record Mail(
      String from, List<String> to, String subject, String text, String html, String raw) {}

  private final GreenMail greenMail;
  private final Path dumpFolder;
  private final ScheduledExecutorService dumper;
  private int dumped;

  private MailCatcher(int port, Path dumpFolder) {
    ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
    greenMail.start();
    this.dumpFolder = dumpFolder;
    if (dumpFolder == null) {
      dumper = null;
    } else {
      try {
        Files.createDirectories(dumpFolder);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create " + dumpFolder, e);
      }
      dumper =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "mail-catcher-dump");
                thread.setDaemon(true);
                return thread;
              });
      dumper.scheduleWithFixedDelay(this::dumpNew, 500, 500, TimeUnit.MILLISECONDS);
    }
  }

  /** An SMTP server on an ephemeral loopback port, keeping messages in memory only. */
  public static MailCatcher start() {
    return new MailCatcher(0, null);
  }

  /**
   * An SMTP server on {@code port} of loopback (0: ephemeral) that also writes each message as an
   * .eml file into {@code dumpFolder} (created if missing; null: none).
   */
  public static MailCatcher start(int port, Path dumpFolder) {
    return new MailCatcher(port, dumpFolder);
  }

  /** The SMTP port it listens on. */
  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** The host to send to: {@code 127.0.0.1}. */
  public String host() {
    return "127.0.0.1";
  }

  /** Every message received so far, oldest first. */
  public List<Mail> messages() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(MailCatcher::read).toList();
  }

  /** The messages received so far with {@code address} among their recipients (any case). */
  public List<Mail> messagesTo(String address) {
    return messages().stream().filter(to(address)).toList();
  }

  /** Waits (up to {@link TopicReader#PATIENCE}) for {@code count} messages to {@code address}. */
  public List<Mail> awaitTo(String address, int count) {
    return await(to(address), count);
  }

  /** Waits for {@code count} messages matching {@code which}; answers those. */
  public List<Mail> await(Predicate<Mail> which, int count) {
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> messages().stream().filter(which).count() >= count);
    return messages().stream().filter(which).toList();
  }

  private static Predicate<Mail> to(String address) {
    String wanted = address.toLowerCase(Locale.ROOT);
    return mail -> mail.to().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
  }

  private synchronized void dumpNew() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    for (; dumped < received.length; dumped++) {
      Mail mail = read(received[dumped]);
      String who = mail.to().isEmpty() ? "unknown" : mail.to().get(0);
      String name =
          String.format("%04d-%s.eml", dumped + 1, who.replaceAll("[^A-Za-z0-9@._-]", "_"));
      try {
        Files.writeString(dumpFolder.resolve(name), mail.raw());
      } catch (IOException e) {
        // The folder went away or is full: keep catching mail, try this one again next round.
        return;
      }
    }
  }

  private static Mail read(MimeMessage message) {
    try {
      List<String> to = new ArrayList<>();
      Address[] recipients = message.getRecipients(Message.RecipientType.TO);
      if (recipients != null) {
        for (Address a : recipients) {
          to.add(
              a instanceof jakarta.mail.internet.InternetAddress ia
                  ? ia.getAddress()
                  : a.toString());
        }
      }
      Address[] from = message.getFrom();
      String sender =
          from == null || from.length == 0
              ? null
              : from[0] instanceof jakarta.mail.internet.InternetAddress ia
                  ? ia.getAddress()
                  : from[0].toString();
      String[] parts = new String[2];
      collect(message, parts);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      return new Mail(
          sender,
          List.copyOf(to),
          message.getSubject(),
          parts[0],
          parts[1],
          raw.toString(java.nio.charset.StandardCharsets.UTF_8));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read a received message", e);
    }
  }

  /** Finds the first text/plain ([0]) and text/html ([1]) parts, however deeply nested. */
  private static void collect(Part part, String[] parts) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && parts[0] == null && !isAttachment(part)) {
      parts[0] = String.valueOf(part.getContent());
    } else if (part.isMimeType("text/html") && parts[1] == null && !isAttachment(part)) {
      parts[1] = String.valueOf(part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, parts);
      }
    }
  }

  private static boolean isAttachment(Part part) throws MessagingException {
    return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
  }

  /** Stops the SMTP server (after writing any message not yet dumped). */
  @Override
  public void close() {
    if (dumper != null) {
      dumper.shutdownNow();
      dumpNew();
    }
    greenMail.stop();
  }
}
