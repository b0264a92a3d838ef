package dev.rapport.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.RapportTestResource;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.SilentSmtpProfile;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A mail server that accepts the connection and never answers costs one bounded try, no more. */
@QuarkusTest
@TestProfile(SilentSmtpProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SilentSmtpServerTest {
  private static final Duration SMTP_TIMEOUT =
      Duration.parse("PT" + SilentSmtpProfile.SMTP_TIMEOUT);

  @Test
  void anEmailToASilentServerFailsWithATimeoutAndInAppMessagesStillGoOut() {
    String person = Fixtures.unique("ana") + "@example.com";
    Instant start = Instant.now();
    Delivery email = Fixtures.pending(Channel.EMAIL, person, person);
    Delivery inApp = Fixtures.pending(Channel.IN_APP, person, null);

    // The in-app message goes out while the e-mail is still waiting on the silent server.
    Awaitility.await()
        .atMost(SMTP_TIMEOUT.plusSeconds(2))
        .until(() -> Fixtures.reload(inApp.id).status == DeliveryStatus.SENT);
    assertThat(Fixtures.reload(email.id).lastError).isNull();

    // The first try gives up after the bound (one poll interval to be claimed, 1 s of margin).
    Awaitility.await()
        .atMost(SMTP_TIMEOUT.plusSeconds(3))
        .until(() -> Fixtures.reload(email.id).lastError != null);
    Duration took = Duration.between(start, Instant.now());
    Delivery failed = Fixtures.reload(email.id);
    assertThat(failed.status).isNotEqualTo(DeliveryStatus.SENT);
    assertThat(failed.lastError).contains("SMTP server did not answer within");
    assertThat(took).isGreaterThanOrEqualTo(SMTP_TIMEOUT);
  }
}
