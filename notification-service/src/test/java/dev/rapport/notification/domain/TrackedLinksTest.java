package dev.rapport.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackedLinksTest {
  private final TrackedLinks links = new TrackedLinks("s3cret", "https://notify.example.com/");

  @Test
  void aLinkCarriesItsDeliveryAndOnlyGenuineTokensVerify() {
    Delivery d = new Delivery();
    d.id = UUID.randomUUID();
    String link = links.linkFor(d);
    assertThat(link).startsWith("https://notify.example.com/r/");
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(links.verify(token)).contains(d.id);

    assertThat(new TrackedLinks("other", "x").verify(token)).isEmpty();
    // A character inside the signature (the last one also carries padding bits that decode to the
    // same bytes, so changing it may change nothing).
    int at = token.length() - 5;
    char c = token.charAt(at);
    String tampered = token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    assertThat(links.verify(tampered)).isEmpty();
    assertThat(links.verify("nonsense")).isEmpty();
    assertThat(links.verify("!!!")).isEmpty();
  }
}
