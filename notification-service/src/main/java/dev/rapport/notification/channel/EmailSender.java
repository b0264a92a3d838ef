package dev.rapport.notification.channel;

import dev.rapport.notification.config.DeliveryConfig;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.SendFailure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends an e-mail over SMTP with quarkus-mailer: HTML and text parts (text only when there is no
 * HTML), To = the delivery's address, From = {@code quarkus.mailer.from}. Sent means the SMTP
 * server accepted it. quarkus-mailer 3.33 exposes no connect or read timeout (its
 * MailerRuntimeConfig has none; Vert.x then waits 60 s to connect and forever for an answer), and
 * {@code quarkus.mailer.timeout} bounds only the blocking Mailer, not this reactive one. So this
 * bound is the only one: a try that takes longer than {@code
 * rapport.notification.delivery.smtp-timeout} fails and is retried, and its sender thread is free.
 */
@ApplicationScoped
public class EmailSender {
  private static final int MAX_ERROR = 300;
  private final ReactiveMailer mailer;
  private final DeliveryConfig config;

  EmailSender(ReactiveMailer mailer, DeliveryConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  public void send(Delivery delivery) throws SendFailure {
    if (delivery.address == null || delivery.address.isBlank()) {
      throw new SendFailure("No e-mail address to send to", true);
    }
    Mail mail =
        delivery.bodyHtml == null
            ? Mail.withText(delivery.address, delivery.subject, delivery.bodyText)
            : Mail.withHtml(delivery.address, delivery.subject, delivery.bodyHtml)
                .setText(delivery.bodyText);
    try {
      mailer.send(mail).await().atMost(config.smtpTimeout());
    } catch (TimeoutException e) {
      throw new SendFailure("SMTP server did not answer within " + config.smtpTimeout());
    } catch (RuntimeException e) {
      throw new SendFailure("SMTP server did not take the message: " + reason(e));
    }
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "…" : text;
  }
}
