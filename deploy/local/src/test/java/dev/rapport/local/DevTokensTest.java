package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {
  @TempDir Path keys;

  @Test
  void makesThePemKeyPairOnceAndKeepsIt() throws Exception {
    Path publicKey = DevTokens.ensureKeyPair(keys);

    assertThat(publicKey).isEqualTo(keys.resolve("public.pem"));
    String publicPem = Files.readString(publicKey);
    String privatePem = Files.readString(keys.resolve("private.pem"));
    assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");

    DevTokens.ensureKeyPair(keys);
    assertThat(Files.readString(publicKey)).isEqualTo(publicPem);
    assertThat(Files.readString(keys.resolve("private.pem"))).isEqualTo(privatePem);
  }

  @Test
  void issuesAnRs256TokenThatCarriesUserAndRolesAndVerifiesWithThePublicKey() throws Exception {
    String token =
        DevTokens.issue(
            keys, "alice@example.com", Set.of("requester", "agent"), Duration.ofHours(8));

    SignedJwt jwt = SignedJwt.parse(token);
    assertThat(jwt.header()).containsEntry("alg", "RS256");
    assertThat(jwt.claims())
        .containsEntry("iss", "rapport-local")
        .containsEntry("aud", "rapport")
        .containsEntry("upn", "alice@example.com")
        .containsEntry("sub", "alice@example.com");
    assertThat(jwt.claims().get("groups"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder("requester", "agent");
    long issuedAt = ((Number) jwt.claims().get("iat")).longValue();
    long expires = ((Number) jwt.claims().get("exp")).longValue();
    assertThat(expires - issuedAt).isEqualTo(Duration.ofHours(8).toSeconds());
    assertThat(jwt.verifiesWith(DevTokens.publicKey(keys))).isTrue();
  }

  @Test
  void rejectsUnknownRolesNamingTheKnownOnes() {
    assertThatThrownBy(() -> DevTokens.issue(keys, "bob", Set.of("root"), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("root")
        .hasMessageContaining("admin, agent, integration, lead, requester");
  }

  @Test
  void rejectsATokenWithoutUserOrRoles() {
    assertThatThrownBy(() -> DevTokens.issue(keys, " ", Set.of("agent"), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DevTokens.issue(keys, "bob", Set.of(), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
