package dev.rapport.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.HttpReceiver;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.notification.Fixtures;
import dev.rapport.notification.StrictOutboundProfile;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * URLs saved while they were acceptable (an allow-list since removed, a name since re-pointed at an
 * internal address) are checked again when sending, on the address the name resolves to now: the
 * receiver gets nothing and the delivery says why.
 */
@QuarkusTest
@TestProfile(StrictOutboundProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class OutboundAtSendTimeTest {

  @Test
  void savedUrlsThatNowPointInsideAreNotPostedTo() {
    try (HttpReceiver inside = HttpReceiver.start()) {
      int port = inside.port();
      Delivery allowListGone = Fixtures.pending(Channel.CHAT, "room-1", inside.url("/hooks/a"));
      Delivery loopback =
          Fixtures.pending(Channel.CHAT, "room-2", "https://127.0.0.1:" + port + "/hooks/b");
      // A name that resolves to loopback now, as a rebinding DNS would answer at send time.
      Delivery rebound =
          Fixtures.pending(Channel.CHAT, "room-3", "https://localhost:" + port + "/hooks/c");

      for (Delivery d : new Delivery[] {allowListGone, loopback, rebound}) {
        Awaitility.await()
            .atMost(TopicReader.PATIENCE)
            .until(() -> Fixtures.reload(d.id).status == DeliveryStatus.DEAD);
      }
      assertThat(Fixtures.reload(allowListGone.id).lastError)
          .contains("must use https (plain http only for hosts in rapport.outbound.allow)");
      assertThat(Fixtures.reload(loopback.id).lastError)
          .contains("is a loopback address (127.0.0.1)");
      assertThat(Fixtures.reload(rebound.id).lastError)
          .contains("localhost resolves to a loopback address");
      // Refused before connecting, once: a policy refusal is not retried.
      assertThat(Fixtures.reload(loopback.id).attempts).isEqualTo(1);
      assertThat(inside.requests()).isEmpty();
    }
  }
}
