package dev.rapport.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignedTokensTest {
  private static final byte[] PAYLOAD = "survey-42:rating-4".getBytes(StandardCharsets.UTF_8);
  private final SignedTokens tokens = new SignedTokens("s3cret");

  @Test
  void aGenuineTokenGivesBackItsPayloadAndIsUrlSafe() {
    String token = tokens.sign(PAYLOAD);
    assertThat(token).doesNotContain("+", "/", "=");
    assertThat(tokens.verify(token, PAYLOAD.length)).hasValue(PAYLOAD);
  }

  @Test
  void anotherSecretATamperedByteOrAnotherLengthIsRefused() {
    String token = tokens.sign(PAYLOAD);
    assertThat(new SignedTokens("other").verify(token, PAYLOAD.length)).isEmpty();
    // The first character is payload: changing it must break the signature.
    char c = token.charAt(0);
    String tampered = (c == 'A' ? 'B' : 'A') + token.substring(1);
    assertThat(tokens.verify(tampered, PAYLOAD.length)).isEmpty();
    assertThat(tokens.verify(token, PAYLOAD.length - 1)).isEmpty();
    assertThat(tokens.verify("!!!", PAYLOAD.length)).isEmpty();
    assertThat(tokens.verify(null, PAYLOAD.length)).isEmpty();
  }

  @Test
  void anEmptySecretIsRefused() {
    assertThatThrownBy(() -> new SignedTokens("")).isInstanceOf(IllegalArgumentException.class);
  }
}
