package org.geokg.fetch;

import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geokg.fetch.IpAddresses.Literal;
import org.geokg.fetch.IpAddresses.Range;

/**
 * Decides whether a URL may be fetched, so that a URL handed in by a user or found in a redirect
 * cannot make geokg reach its own machine, the local network or a cloud metadata service (SSRF).
 *
 * <p>Refused: schemes other than http and https; URLs with user info; hosts that are, or resolve to,
 * anything but a public unicast address (see {@link AddressClass}), including numeric spellings that
 * some software accepts ({@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}),
 * IPv6 forms that embed such an IPv4 address, and cloud metadata host names. A name is allowed only
 * when <em>every</em> address it resolves to is public. Hosts on the allow-list (exact names,
 * case-insensitive, a trailing dot ignored) skip the address checks, for intranet sources and tests.
 *
 * <p>Immutable and thread-safe if the resolver is.
 */
public final class UrlGuard {

  /** The outcome of {@link #check(URI)}. */
  public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

    /**
     * The URL may be fetched; {@code addresses} are the checked addresses of its host (for an
     * allow-listed host, whatever it resolved to).
     */
    record Allowed(URI uri, List<InetAddress> addresses) implements Verdict {
      public Allowed {
        Objects.requireNonNull(uri, "uri");
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
          throw new IllegalArgumentException("an allowed URL has at least one address");
        }
      }
    }

    /** The URL must not be fetched, for a reason a user can read in one line. */
    record Refused(String reason) implements Verdict {
      public Refused {
        if (reason == null || reason.isBlank()) {
          throw new IllegalArgumentException("a refusal needs a reason");
        }
      }
    }
  }

  // Names that reach a metadata service inside clouds; their addresses are refused anyway, but the
  // names are refused before any lookup so that a split-horizon resolver cannot hide them.
  private static final Set<String> METADATA_NAMES =
      Set.of("metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal");

  private final Set<String> allowedHosts;
  private final Function<String, List<InetAddress>> resolver;

  /**
   * @param allowedHosts host names (or address literals) let through without address checks
   * @param resolver looks a host name up, returning all of its addresses; may throw (e.g. {@link
   *     UncheckedIOException}) or return an empty list when the name does not resolve. Never called
   *     for address literals.
   */
  public UrlGuard(Set<String> allowedHosts, Function<String, List<InetAddress>> resolver) {
    this.allowedHosts =
        allowedHosts.stream().map(UrlGuard::normalizeHost).collect(Collectors.toUnmodifiableSet());
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** A guard that resolves names with the JVM's resolver (and so shares its address cache). */
  public UrlGuard(Set<String> allowedHosts) {
    this(allowedHosts, UrlGuard::systemResolve);
  }

  /** Resolves with {@link InetAddress#getAllByName}, the resolver {@link java.net.http.HttpClient} uses. */
  static List<InetAddress> systemResolve(String host) {
    try {
      return List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks one URL; never throws for a bad URL, refuses it instead. */
  public Verdict check(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null) {
      return refuse(uri, "it is not an absolute URL");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refuse(uri, "only http and https URLs are fetched, not " + scheme);
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      return refuse(uri, "it has no host");
    }
    if (authority.indexOf('@') >= 0) {
      return refuse(uri, "URLs with user info (user:password@) are not fetched");
    }
    String rawHost = hostOf(authority);
    if (rawHost == null) {
      return refuse(uri, "its host and port cannot be read");
    }
    String host = normalizeHost(rawHost);
    if (host.isEmpty()) {
      return refuse(uri, "it has no host");
    }
    if (host.indexOf('%') >= 0 && host.indexOf(':') < 0) {
      return refuse(uri, "percent-encoded host names are not fetched");
    }
    boolean allowListed = allowedHosts.contains(host);

    Literal literal = IpAddresses.parse(host);
    // java.net.URI falls back to a registry authority (getHost() == null) for hosts it cannot parse,
    // such as 127.1; those are classified above for a precise reason, but never fetched.
    boolean parseable = uri.getHost() != null;
    return switch (literal) {
      case Literal.Invalid invalid -> refuse(uri, host + " " + invalid.why());
      case Literal.Canonical canonical -> {
        if (allowListed && parseable) {
          yield new Verdict.Allowed(uri, List.of(canonical.address()));
        }
        Range range = IpAddresses.rangeOf(canonical.address());
        if (range.addressClass() != AddressClass.PUBLIC) {
          yield refuse(uri, host + " is " + range.label() + alsoKnownAs(host, canonical.address()));
        }
        yield parseable
            ? new Verdict.Allowed(uri, List.of(canonical.address()))
            : refuse(uri, host + " is not a valid host");
      }
      case Literal.Loose loose -> {
        Range range = IpAddresses.rangeOf(loose.address());
        String as = loose.address().getHostAddress();
        yield range.addressClass() == AddressClass.PUBLIC
            ? refuse(uri, host + " is an ambiguous spelling of the IP address " + as + "; write it as " + as)
            : refuse(uri, host + " is " + as + ", " + range.label());
      }
      case Literal.Name name -> checkName(uri, name.name(), allowListed, parseable);
    };
  }

  private Verdict checkName(URI uri, String host, boolean allowListed, boolean parseable) {
    if (!parseable) {
      boolean ascii = host.chars().allMatch(c -> c < 0x80);
      return refuse(
          uri,
          host + " is not a valid host name" + (ascii ? "" : " (write non-ASCII names in punycode, xn--...)"));
    }
    if (!allowListed) {
      if (METADATA_NAMES.contains(host)) {
        return refuse(uri, host + " is a cloud metadata service");
      }
      // RFC 6761: these names are always this machine, whatever a resolver says.
      if (host.equals("localhost") || host.endsWith(".localhost")) {
        return refuse(uri, host + " is a loopback name");
      }
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.apply(host);
    } catch (RuntimeException e) {
      addresses = null;
    }
    if (addresses == null || addresses.isEmpty()) {
      return refuse(uri, host + " could not be resolved");
    }
    if (allowListed) {
      return new Verdict.Allowed(uri, addresses);
    }
    List<String> bad = new ArrayList<>();
    for (InetAddress address : addresses) {
      Range range = IpAddresses.rangeOf(address);
      if (range.addressClass() != AddressClass.PUBLIC) {
        bad.add(address.getHostAddress() + ", " + range.label());
      }
    }
    return bad.isEmpty()
        ? new Verdict.Allowed(uri, addresses)
        : refuse(uri, host + " resolves to " + String.join("; and to ", bad));
  }

  /** Lower case, without IPv6 brackets and without one trailing dot (an absolute DNS name). */
  static String normalizeHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /** The host part of a raw authority without user info; null when the port part is malformed. */
  private static String hostOf(String authority) {
    String host;
    String rest;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = authority.substring(0, close + 1);
      rest = authority.substring(close + 1);
    } else {
      int colon = authority.lastIndexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      rest = colon < 0 ? "" : authority.substring(colon);
    }
    if (!rest.isEmpty() && !rest.matches(":[0-9]{0,5}")) {
      return null;
    }
    return host;
  }

  /** For IPv6 spellings of an IPv4 address (::ffff:127.0.0.1), names the IPv4 address too. */
  private static String alsoKnownAs(String host, InetAddress address) {
    return address instanceof Inet4Address && host.indexOf(':') >= 0
        ? " (" + address.getHostAddress() + ")"
        : "";
  }

  private static Verdict.Refused refuse(URI uri, String why) {
    return new Verdict.Refused("refused to fetch " + display(uri) + ": " + why);
  }

  /** A URL as shown in messages: user info masked (it may hold a password) and length bounded. */
  static String display(URI uri) {
    String text = uri.toString();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      text = text.replace(userInfo + "@", "***@");
    } else if (uri.getRawAuthority() != null && uri.getRawAuthority().indexOf('@') >= 0) {
      String authority = uri.getRawAuthority();
      text = text.replace(authority, "***" + authority.substring(authority.lastIndexOf('@')));
    }
    return text.length() > 200 ? text.substring(0, 199) + "\u2026" : text;
  }
}
