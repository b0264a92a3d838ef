package dev.rapport.support.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundGuardTest {

  /** Names that resolve where a test says, like a DNS server an attacker controls would. */
  private static final Map<String, String> DNS =
      Map.of(
          "hooks.example.com", "93.184.215.14",
          "rebound.example.com", "127.0.0.1",
          "metadata.example.com", "169.254.169.254",
          "inside.example.com", "10.1.2.3",
          "v6inside.example.com", "fd12:3456::1",
          "chat.corp.internal", "10.20.30.40",
          "sink.example.com", "192.168.5.6");

  private static final OutboundGuard.Resolver RESOLVER =
      host -> {
        String address = DNS.get(host.toLowerCase(Locale.ROOT));
        if (address != null) {
          return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9a-fA-F.:%]+")) {
          return InetAddress.getAllByName(host); // a literal: no DNS involved
        }
        throw new UnknownHostException(host);
      };

  private final OutboundGuard strict = new OutboundGuard(List.of(), RESOLVER);
  private final OutboundGuard allowing =
      new OutboundGuard(List.of("chat.corp.internal", "192.168.5.0/24", "127.0.0.1"), RESOLVER);

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://127.0.0.1/hook               | loopback",
        "https://127.8.9.10/hook              | loopback",
        "https://[::1]/hook                   | loopback",
        "https://10.0.0.5/hook                | private",
        "https://172.16.0.1/hook              | private",
        "https://172.31.255.255/hook          | private",
        "https://192.168.1.1/hook             | private",
        "https://[fc00::1]/hook               | private (unique local)",
        "https://[fd00:abcd::5]/hook          | private (unique local)",
        "https://169.254.169.254/latest/meta  | link-local",
        "https://[fe80::1]/hook               | link-local",
        "https://100.64.0.1/hook              | shared (CGNAT)",
        "https://100.127.255.254/hook         | shared (CGNAT)",
        "https://224.0.0.1/hook               | multicast",
        "https://239.255.255.250/hook         | multicast",
        "https://[ff02::1]/hook               | multicast",
        "https://0.0.0.0/hook                 | unspecified",
        "https://[::]/hook                    | unspecified",
        "https://255.255.255.255/hook         | broadcast",
        "https://[::ffff:127.0.0.1]/hook      | loopback",
        "https://[::ffff:169.254.169.254]/x   | link-local",
        "https://[::ffff:a00:1]/hook          | private",
        "https://[::127.0.0.1]/hook           | loopback IPv4 (embedded in IPv6)",
        "https://[::10.0.0.1]/hook            | private IPv4 (embedded in IPv6)",
        "https://[2002:7f00:1::1]/hook        | loopback IPv4 (embedded in IPv6)",
        "https://[2002:a9fe:a9fe::1]/hook     | link-local (cloud metadata) IPv4 (embedded in IPv6)",
        "https://[64:ff9b::7f00:1]/hook       | loopback IPv4 (embedded in IPv6)",
        "https://[64:ff9b::c0a8:101]/hook     | private IPv4 (embedded in IPv6)",
        "https://rebound.example.com/hook     | rebound.example.com resolves to a loopback",
        "https://metadata.example.com/x       | resolves to a link-local (cloud metadata)",
        "https://inside.example.com/hook      | resolves to a private",
        "https://v6inside.example.com/hook    | resolves to a private (unique local)",
        "http://hooks.example.com/hook        | must use https",
        "http://93.184.215.14/hook            | must use https",
        "http://unknown.example.net/hook      | must use https",
        "ftp://hooks.example.com/hook         | absolute https URL",
        "hooks.example.com/hook               | absolute https URL",
        "https:///nohost                      | absolute https URL",
      })
  void refusesInternalTargetsAndPlainHttp(String url, String reason) {
    assertThatThrownBy(() -> strict.check(url))
        .isInstanceOf(OutboundRefused.class)
        .hasMessageContaining(reason);
    assertThat(strict.refusalOnSave(url)).get().asString().contains(reason);
  }

  @ParameterizedTest(name = "{0} is fine")
  @ValueSource(
      strings = {
        "https://hooks.example.com/services/T000/B000/XXXX",
        "https://93.184.215.14/hook",
        "https://[2606:2800:220:1:248:1893:25c8:1946]/hook",
        "https://[2002:5db8:d70e::1]/hook", // 6to4 of a public IPv4
        "https://HOOKS.example.com:8443/hook?x=1",
      })
  void letsPublicHttpsThrough(String url) throws OutboundRefused {
    OutboundGuard.Target target = strict.check(url);
    assertThat(target.addresses()).isNotEmpty();
    assertThat(strict.refusalOnSave(url)).isEmpty();
  }

  @ParameterizedTest(name = "allow-listed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://chat.corp.internal/hooks/ops | 10.20.30.40",
        "http://chat.corp.internal/hooks/ops  | 10.20.30.40",
        "http://192.168.5.77:9000/hook        | 192.168.5.77",
        "https://sink.example.com/hook        | 192.168.5.6",
        "http://sink.example.com/hook         | 192.168.5.6",
        "http://127.0.0.1:8089/hooks          | 127.0.0.1",
      })
  void letsAllowListedHostsAndRangesThroughOnHttpToo(String url, String address)
      throws OutboundRefused {
    assertThat(allowing.check(url).addresses())
        .extracting(InetAddress::getHostAddress)
        .containsExactly(address);
  }

  @ParameterizedTest(name = "still refused with an allow-list: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://127.0.0.2/hook          | loopback",
        "https://192.168.6.1/hook        | private",
        "https://inside.example.com/hook | private",
        "http://hooks.example.com/hook   | must use https",
      })
  void allowListCoversOnlyWhatItNames(String url, String reason) {
    assertThatThrownBy(() -> allowing.check(url)).hasMessageContaining(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://not-yet-registered.example.net/hook"})
  void nameThatDoesNotResolveIsSavedButNotSentTo(String url) {
    assertThat(strict.refusalOnSave(url)).isEmpty();
    assertThatThrownBy(() -> strict.check(url))
        .isInstanceOfSatisfying(OutboundRefused.class, e -> assertThat(e.unresolved()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/hook"})
  void answersTheAddressItChecked(String url) throws OutboundRefused {
    OutboundGuard.Target target = strict.check(url);
    assertThat(target.host()).isEqualTo("hooks.example.com");
    assertThat(target.port()).isEqualTo(443);
    assertThat(target.https()).isTrue();
    assertThat(target.addresses())
        .extracting(InetAddress::getHostAddress)
        .containsExactly("93.184.215.14");
  }
}
