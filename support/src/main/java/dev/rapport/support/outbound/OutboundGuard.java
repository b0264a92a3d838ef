package dev.rapport.support.outbound;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork.IPAddressGenerator;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one check every URL a user or an integration can set passes, when it is saved and again
 * before each request: https only, and never to a loopback, private, link-local (cloud metadata
 * 169.254.169.254), shared (CGNAT), multicast, unspecified or reserved address, IPv6 included, nor
 * to an IPv6 address that embeds such an IPv4 one (mapped, compatible, 6to4, NAT64), nor to a name
 * that resolves to any of them. Hosts and CIDRs in {@code rapport.outbound.allow} are exempt and
 * may use http. A sender connects to the addresses {@link #check} answers (resolved once and
 * checked) rather than resolving again, so a name cannot be re-pointed between check and connect.
 */
@Singleton
public class OutboundGuard {

  /** How host names become addresses ({@link InetAddress#getAllByName} outside tests). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * A URL that passed, and the checked addresses to connect to.
   *
   * @param host the host as in the URL, without IPv6 brackets (for TLS and the Host header)
   * @param port the port, the scheme's default when the URL has none
   */
  public record Target(URI uri, String host, int port, List<InetAddress> addresses) {
    public boolean https() {
      return "https".equalsIgnoreCase(uri.getScheme());
    }
  }

  private static final IPAddressGenerator ADDRESSES = new IPAddressGenerator();

  /** What each refused range is, in the words of a refusal. */
  private static final Map<IPAddress, String> FORBIDDEN = forbidden();

  private final Set<String> allowedHosts;
  private final List<IPAddress> allowedRanges;
  private final Resolver resolver;

  @Inject
  OutboundGuard(OutboundConfig config) {
    this(config.allow().orElse(List.of()), InetAddress::getAllByName);
  }

  /**
   * @param allow host names, addresses or CIDRs that are exempt (and may use http)
   */
  public OutboundGuard(List<String> allow, Resolver resolver) {
    this.resolver = resolver;
    List<IPAddress> ranges = new ArrayList<>();
    Set<String> hosts = new HashSet<>();
    for (String entry : allow) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      IPAddressString address = new IPAddressString(e);
      if (address.isIPAddress()) {
        ranges.add(address.getAddress().toPrefixBlock());
      } else {
        hosts.add(e.toLowerCase(Locale.ROOT));
      }
    }
    this.allowedHosts = Set.copyOf(hosts);
    this.allowedRanges = List.copyOf(ranges);
  }

  /**
   * Checks {@code url} and resolves its host once.
   *
   * @return the URL and the addresses a request may connect to (every one checked)
   * @throws OutboundRefused with a reason fit to show, when the URL may not be used
   */
  public Target check(String url) throws OutboundRefused {
    URI uri = parse(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    boolean hostAllowed = allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    boolean http = scheme.equals("http");
    if (http && !hostAllowed && allowedRanges.isEmpty()) {
      throw httpRefused();
    }
    List<InetAddress> addresses;
    try {
      addresses = Arrays.asList(resolver.resolve(host));
    } catch (UnknownHostException | SecurityException e) {
      if (http && !hostAllowed) {
        throw httpRefused();
      }
      throw new OutboundRefused("host " + host + " does not resolve", true);
    }
    if (addresses.isEmpty()) {
      throw new OutboundRefused("host " + host + " does not resolve", true);
    }
    boolean allInAllowedRanges = true;
    for (InetAddress address : addresses) {
      IPAddress ip = ADDRESSES.from(address);
      boolean rangeAllowed = inAllowedRange(ip);
      allInAllowedRanges &= rangeAllowed;
      if (hostAllowed || rangeAllowed) {
        continue;
      }
      Optional<String> what = forbiddenKind(ip);
      if (what.isPresent()) {
        String literal = address.getHostAddress();
        throw new OutboundRefused(
            (literal.equalsIgnoreCase(host) ? "is " : host + " resolves to ")
                + article(what.get())
                + " address ("
                + literal
                + "); only public addresses, or those in rapport.outbound.allow",
            false);
      }
    }
    if (http && !hostAllowed && !allInAllowedRanges) {
      throw httpRefused();
    }
    int port = uri.getPort() != -1 ? uri.getPort() : http ? 80 : 443;
    return new Target(uri, host, port, List.copyOf(addresses));
  }

  /**
   * The reason {@code url} may not be saved, if any. A name that does not resolve yet is accepted:
   * it is checked again before every request.
   */
  public Optional<String> refusalOnSave(String url) {
    try {
      check(url);
      return Optional.empty();
    } catch (OutboundRefused refused) {
      return refused.unresolved() ? Optional.empty() : Optional.of(refused.getMessage());
    }
  }

  /** What kind of internal address {@code ip} is ("loopback", "private" ...), if it is one. */
  static Optional<String> forbiddenKind(IPAddress ip) {
    Optional<String> direct = rangeOf(ip);
    if (direct.isPresent()) {
      return direct;
    }
    if (ip instanceof IPv6Address v6) {
      IPv4Address embedded = embeddedIPv4(v6);
      if (embedded != null) {
        return rangeOf(embedded).map(kind -> kind + " IPv4 (embedded in IPv6)");
      }
    }
    return Optional.empty();
  }

  private static IPv4Address embeddedIPv4(IPv6Address v6) {
    if (v6.isIPv4Mapped() || v6.isIPv4Compatible() || v6.isWellKnownIPv4Translatable()) {
      return v6.getEmbeddedIPv4Address();
    }
    if (v6.is6To4()) {
      return v6.get6To4IPv4Address();
    }
    return null;
  }

  private static Optional<String> rangeOf(IPAddress ip) {
    return FORBIDDEN.entrySet().stream()
        .filter(range -> range.getKey().getIPVersion() == ip.getIPVersion())
        .filter(range -> range.getKey().contains(ip))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private boolean inAllowedRange(IPAddress ip) {
    IPAddress v4 =
        ip instanceof IPv6Address v6 && v6.isIPv4Mapped() ? v6.getEmbeddedIPv4Address() : ip;
    return allowedRanges.stream()
        .anyMatch(r -> r.getIPVersion() == v4.getIPVersion() && r.contains(v4));
  }

  private static URI parse(String url) throws OutboundRefused {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new OutboundRefused("must be an absolute https URL with a host", false);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
        || uri.getHost() == null
        || uri.getHost().isEmpty()) {
      throw new OutboundRefused("must be an absolute https URL with a host", false);
    }
    return uri;
  }

  private static OutboundRefused httpRefused() {
    return new OutboundRefused(
        "must use https (plain http only for hosts in rapport.outbound.allow)", false);
  }

  private static String article(String kind) {
    return ("aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
  }

  private static Map<IPAddress, String> forbidden() {
    Map<String, String> ranges = new LinkedHashMap<>();
    ranges.put("0.0.0.0/8", "unspecified");
    ranges.put("10.0.0.0/8", "private");
    ranges.put("100.64.0.0/10", "shared (CGNAT)");
    ranges.put("127.0.0.0/8", "loopback");
    ranges.put("169.254.0.0/16", "link-local (cloud metadata)");
    ranges.put("172.16.0.0/12", "private");
    ranges.put("192.0.0.0/24", "IETF protocol");
    ranges.put("192.168.0.0/16", "private");
    ranges.put("198.18.0.0/15", "benchmarking");
    ranges.put("224.0.0.0/4", "multicast");
    ranges.put("240.0.0.0/4", "reserved or broadcast");
    ranges.put("::/128", "unspecified");
    ranges.put("::1/128", "loopback");
    ranges.put("fe80::/10", "link-local");
    ranges.put("fec0::/10", "site-local");
    ranges.put("fc00::/7", "private (unique local)");
    ranges.put("ff00::/8", "multicast");
    ranges.put("100::/64", "discard");
    ranges.put("2001::/32", "Teredo tunnel");
    ranges.put("64:ff9b:1::/48", "local NAT64");
    return ranges.entrySet().stream()
        .collect(
            Collectors.toMap(
                e -> new IPAddressString(e.getKey()).getAddress().toPrefixBlock(),
                Map.Entry::getValue,
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
