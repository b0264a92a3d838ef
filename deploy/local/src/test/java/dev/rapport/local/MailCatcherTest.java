package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCatcherTest {

  @Test
  void catchesTextAndHtmlPartsAndDumpsEmlFiles(@TempDir Path folder) throws Exception {
    Path dump = folder.resolve("mail");
    try (MailCatcher mail = MailCatcher.start(0, dump)) {
      send(mail, "Ana@Example.com", "Printer fixed");
      send(mail, "bo@example.com", "Other");

      MailCatcher.Mail received = mail.awaitTo("ana@example.com", 1).get(0);
      assertThat(received.subject()).isEqualTo("Printer fixed");
      assertThat(received.from()).isEqualTo("rapport@localhost");
      assertThat(received.text()).contains("plain words");
      assertThat(received.html()).contains("<b>bold words</b>");
      assertThat(mail.messages()).hasSize(2);

      Awaitility.await().atMost(TopicReader.PATIENCE).until(() -> Files.list(dump).count() == 2);
      try (var files = Files.list(dump)) {
        Path first = files.sorted().findFirst().orElseThrow();
        assertThat(first.getFileName().toString()).startsWith("0001-").endsWith(".eml");
        assertThat(Files.readString(first)).contains("Subject: Printer fixed");
      }
    }
  }

  private static void send(MailCatcher mail, String to, String subject) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", mail.host());
    props.put("mail.smtp.port", String.valueOf(mail.port()));
    MimeMessage message = new MimeMessage(Session.getInstance(props));
    message.setFrom(new InternetAddress("rapport@localhost"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("plain words", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p><b>bold words</b></p>", "text/html; charset=UTF-8");
    message.setContent(new MimeMultipart("alternative", text, html));
    Transport.send(message);
  }
}
