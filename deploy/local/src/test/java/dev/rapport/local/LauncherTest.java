package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir Path root;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void tokenPrintsJustASignedTokenMadeWithTheProjectsKeyPair() throws Exception {
    int code =
        run(Map.of(), "token", "--sub", "alice", "--roles", "requester,agent", "--ttl", "30m");

    assertThat(code).isZero();
    assertThat(err()).isEmpty();
    String token = out().strip();
    assertThat(out().lines()).hasSize(1);
    SignedJwt jwt = SignedJwt.parse(token);
    assertThat(jwt.claims())
        .containsEntry("upn", "alice")
        .containsEntry("sub", "alice")
        .containsEntry("iss", "rapport-local")
        .containsEntry("aud", "rapport");
    assertThat(jwt.verifiesWith(root.resolve(".rapport/jwt/public.pem"))).isTrue();
  }

  @Test
  void tokenSignsForTheAudienceTheServicesAreToldToExpect() throws Exception {
    run(Map.of("RAPPORT_JWT_AUDIENCE", "itsm"), "token", "--sub", "alice", "--roles", "agent");
    assertThat(SignedJwt.parse(out().strip()).claims()).containsEntry("aud", "itsm");
    out.reset();

    run(Map.of(), "token", "--sub", "alice", "--roles", "agent", "--aud", "crm");
    assertThat(SignedJwt.parse(out().strip()).claims()).containsEntry("aud", "crm");
  }

  @Test
  void tokenRejectsAnUnknownRoleAsBadUsage() {
    int code = run(Map.of(), "token", "--sub", "alice", "--roles", "root");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("Unknown role(s) [root]").contains("Usage:");
  }

  @Test
  void tokenNeedsASubject() {
    assertThat(run(Map.of(), "token", "--roles", "agent")).isEqualTo(2);
    assertThat(err()).contains("--sub is required");
  }

  @Test
  void helpPrintsTheUsageOnStdout() {
    assertThat(run(Map.of(), "help")).isZero();
    assertThat(out()).contains("up [--fresh]").contains("token --sub");
  }

  @Test
  void unknownCommandsAndArgumentsPrintTheUsageOnStderrAndExitWith2() {
    assertThat(run(Map.of(), "down")).isEqualTo(2);
    assertThat(err()).contains("Unknown command: down").contains("Usage:");
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(run(Map.of(), "up", "--stale")).isEqualTo(2);
    assertThat(err()).contains("Unknown argument: --stale");
    assertThat(out()).isEmpty();
  }

  @Test
  void upRejectsAPortVariableThatIsNoPort() {
    assertThat(run(Map.of("RAPPORT_PG_PORT", "five"), "up")).isEqualTo(2);
    assertThat(err()).contains("RAPPORT_PG_PORT=five is not a port number");
  }

  private int run(Map<String, String> environment, String... args) {
    return Launcher.run(
        List.of(args),
        root,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
