package org.geokg.fetch;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an IP address is (its special-purpose range and {@link AddressClass}) and what a host string
 * spells (an address literal, loose or canonical, or a name). Works on raw bytes only: nothing here
 * resolves a name. Knows nothing of URLs or of what callers allow; the URL guard builds on it.
 * Stateless and thread-safe.
 */
final class IpAddresses {

  private IpAddresses() {}

  /** One special-purpose range; the first matching range in a table wins, so specific ones go first. */
  record Range(byte[] prefix, int bits, AddressClass addressClass, String label) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (prefix[full] & mask);
    }
  }

  // IANA IPv4 special-purpose registry, plus cloud metadata endpoints ahead of their enclosing ranges.
  private static final List<Range> V4 =
      List.of(
          v4("0.0.0.0", 32, AddressClass.UNSPECIFIED, "the unspecified address"),
          v4("0.0.0.0", 8, AddressClass.RESERVED, "a reserved ('this network') address"),
          v4("10.0.0.0", 8, AddressClass.PRIVATE, "a private address"),
          v4("100.100.100.200", 32, AddressClass.METADATA, "a cloud metadata address"),
          v4("100.64.0.0", 10, AddressClass.PRIVATE, "a private (carrier-grade NAT) address"),
          v4("127.0.0.0", 8, AddressClass.LOOPBACK, "a loopback address"),
          v4("169.254.169.254", 32, AddressClass.METADATA, "a cloud metadata address"),
          v4("169.254.170.2", 32, AddressClass.METADATA, "a cloud metadata address"),
          v4("169.254.0.0", 16, AddressClass.LINK_LOCAL, "a link-local address"),
          v4("172.16.0.0", 12, AddressClass.PRIVATE, "a private address"),
          v4("192.0.0.0", 24, AddressClass.RESERVED, "a reserved (IETF protocol) address"),
          v4("192.0.2.0", 24, AddressClass.RESERVED, "a reserved (documentation) address"),
          v4("192.88.99.0", 24, AddressClass.RESERVED, "a reserved (6to4 relay) address"),
          v4("192.168.0.0", 16, AddressClass.PRIVATE, "a private address"),
          v4("198.18.0.0", 15, AddressClass.RESERVED, "a reserved (benchmarking) address"),
          v4("198.51.100.0", 24, AddressClass.RESERVED, "a reserved (documentation) address"),
          v4("203.0.113.0", 24, AddressClass.RESERVED, "a reserved (documentation) address"),
          v4("224.0.0.0", 4, AddressClass.MULTICAST, "a multicast address"),
          v4("255.255.255.255", 32, AddressClass.BROADCAST, "the broadcast address"),
          v4("240.0.0.0", 4, AddressClass.RESERVED, "a reserved address"));

  // IPv6 forms that embed an IPv4 address are handled in rangeOf() before this table.
  private static final List<Range> V6 =
      List.of(
          v6(0, 0, 0, 0, 0, 0, 0, 0, 128, AddressClass.UNSPECIFIED, "the unspecified address"),
          v6(0, 0, 0, 0, 0, 0, 0, 1, 128, AddressClass.LOOPBACK, "a loopback address"),
          v6(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254, 128, AddressClass.METADATA, "a cloud metadata address"),
          v6(0x64, 0xff9b, 1, 0, 0, 0, 0, 0, 48, AddressClass.PRIVATE, "a private (local NAT64) address"),
          v6(0x100, 0, 0, 0, 0, 0, 0, 0, 64, AddressClass.RESERVED, "a reserved (discard-only) address"),
          v6(0x2001, 0x2, 0, 0, 0, 0, 0, 0, 48, AddressClass.RESERVED, "a reserved (benchmarking) address"),
          v6(0x2001, 0x10, 0, 0, 0, 0, 0, 0, 28, AddressClass.RESERVED, "a reserved (ORCHID) address"),
          v6(0x2001, 0x20, 0, 0, 0, 0, 0, 0, 28, AddressClass.RESERVED, "a reserved (ORCHID) address"),
          v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0, 32, AddressClass.RESERVED, "a reserved (documentation) address"),
          v6(0x3fff, 0, 0, 0, 0, 0, 0, 0, 20, AddressClass.RESERVED, "a reserved (documentation) address"),
          v6(0xfc00, 0, 0, 0, 0, 0, 0, 0, 7, AddressClass.PRIVATE, "a private (unique local) address"),
          v6(0xfe80, 0, 0, 0, 0, 0, 0, 0, 10, AddressClass.LINK_LOCAL, "a link-local address"),
          v6(0xfec0, 0, 0, 0, 0, 0, 0, 0, 10, AddressClass.PRIVATE, "a private (site-local) address"),
          v6(0xff00, 0, 0, 0, 0, 0, 0, 0, 8, AddressClass.MULTICAST, "a multicast address"));

  private static final Range GLOBAL_UNICAST_V6 =
      v6(0x2000, 0, 0, 0, 0, 0, 0, 0, 3, AddressClass.PUBLIC, "a public address");
  private static final Range PUBLIC_V4 = new Range(new byte[4], 0, AddressClass.PUBLIC, "a public address");
  private static final Range UNALLOCATED_V6 =
      new Range(new byte[16], 0, AddressClass.RESERVED, "a reserved (unallocated) address");
  private static final Range DEPRECATED_V4_COMPATIBLE =
      new Range(new byte[16], 96, AddressClass.RESERVED, "a reserved (IPv4-compatible) address");

  /** The class of an address, looking through IPv6 forms that embed an IPv4 address. */
  static AddressClass classify(InetAddress address) {
    return rangeOf(Objects.requireNonNull(address, "address")).addressClass();
  }

  /** The range an address falls in, following IPv6 forms that embed an IPv4 address. */
  static Range rangeOf(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return rangeOfV4(b);
    }
    if (!(address instanceof Inet6Address)) {
      throw new IllegalArgumentException("unknown address type " + address);
    }
    byte[] embedded = embeddedV4(b);
    if (embedded != null) {
      Range inner = rangeOfV4(embedded);
      // ::a.b.c.d is deprecated and nothing public answers on it; refuse even when a.b.c.d is public.
      if (inner.addressClass() == AddressClass.PUBLIC && isV4Compatible(b)) {
        return DEPRECATED_V4_COMPATIBLE;
      }
      return inner;
    }
    for (Range r : V6) {
      if (r.contains(b)) {
        return r;
      }
    }
    return GLOBAL_UNICAST_V6.contains(b) ? GLOBAL_UNICAST_V6 : UNALLOCATED_V6;
  }

  private static Range rangeOfV4(byte[] b) {
    for (Range r : V4) {
      if (r.contains(b)) {
        return r;
      }
    }
    return PUBLIC_V4;
  }

  /**
   * The IPv4 address carried by an IPv4-mapped (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96),
   * IPv4-compatible (::/96), NAT64 (64:ff9b::/96), 6to4 (2002::/16) or Teredo (2001::/32) address;
   * null for other addresses. :: and ::1 are not treated as embedding 0.0.0.0 and 0.0.0.1.
   */
  static byte[] embeddedV4(byte[] b) {
    if (b.length != 16) {
      return null;
    }
    if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return Arrays.copyOfRange(b, 12, 16);
    }
    if (allZero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && allZero(b, 10, 12)) {
      return Arrays.copyOfRange(b, 12, 16);
    }
    if (isV4Compatible(b)) {
      return Arrays.copyOfRange(b, 12, 16);
    }
    if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
      return Arrays.copyOfRange(b, 12, 16);
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return Arrays.copyOfRange(b, 2, 6);
    }
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
      // Teredo stores the client's address inverted in the last 32 bits.
      byte[] client = Arrays.copyOfRange(b, 12, 16);
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~client[i];
      }
      return client;
    }
    return null;
  }

  private static boolean isV4Compatible(byte[] b) {
    if (b.length != 16 || !allZero(b, 0, 12)) {
      return false;
    }
    // :: and ::1 are their own things, not ::0.0.0.0 and ::0.0.0.1.
    return !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  // ---- literal host forms ----

  private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
  private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

  /** What a host string is, before any name resolution. */
  sealed interface Literal {
    /** A dotted quad in canonical form, or an IPv6 literal. */
    record Canonical(InetAddress address) implements Literal {}

    /** A numeric form that inet_aton() and browsers accept but that is not a plain dotted quad. */
    record Loose(InetAddress address) implements Literal {}

    /** Looks numeric but is no valid address (e.g. an octet over 255, or a name ending in a number). */
    record Invalid(String why) implements Literal {}

    /** A host name, to be resolved. */
    record Name(String name) implements Literal {}
  }

  /**
   * Parses a normalised host (lower case, no brackets, no trailing dot). IPv4 follows the WHATWG URL
   * standard and inet_aton(): one to four parts, each decimal, 0x-hex or 0-prefixed octal, the last part
   * filling the remaining bytes, so {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1} and
   * {@code 127.1} all mean 127.0.0.1.
   */
  static Literal parse(String host) {
    if (host.indexOf(':') >= 0) {
      return parseV6(host);
    }
    String[] parts = host.split("\\.", -1);
    boolean allNumeric = Arrays.stream(parts).allMatch(p -> NUMERIC_PART.matcher(p).matches());
    if (!allNumeric) {
      // WHATWG: a host whose last label is numeric is an IPv4 attempt, so it is invalid, not a name.
      return NUMERIC_PART.matcher(parts[parts.length - 1]).matches()
          ? new Literal.Invalid("ends in a number but is not an IPv4 address")
          : new Literal.Name(host);
    }
    if (parts.length > 4) {
      return new Literal.Invalid("has more than four numeric parts");
    }
    BigInteger[] values = new BigInteger[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = partValue(parts[i]);
      if (values[i] == null) {
        return new Literal.Invalid("has an invalid octal part " + parts[i]);
      }
    }
    for (int i = 0; i < values.length - 1; i++) {
      if (values[i].compareTo(BigInteger.valueOf(255)) > 0) {
        return new Literal.Invalid("has a part over 255");
      }
    }
    int lastBytes = 5 - parts.length;
    BigInteger last = values[values.length - 1];
    if (last.bitLength() > lastBytes * 8) {
      return new Literal.Invalid("is out of the IPv4 range");
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < values.length - 1; i++) {
      bytes[i] = (byte) values[i].intValue();
    }
    long tail = last.longValue();
    for (int i = 3; i >= 4 - lastBytes; i--) {
      bytes[i] = (byte) (tail & 0xff);
      tail >>>= 8;
    }
    InetAddress address = byAddress(bytes);
    boolean canonical =
        parts.length == 4 && Arrays.stream(parts).allMatch(p -> CANONICAL_PART.matcher(p).matches());
    return canonical ? new Literal.Canonical(address) : new Literal.Loose(address);
  }

  private static BigInteger partValue(String part) {
    if (part.startsWith("0x") || part.startsWith("0X")) {
      return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
    }
    if (part.length() > 1 && part.startsWith("0")) {
      return part.chars().allMatch(c -> c >= '0' && c <= '7') ? new BigInteger(part.substring(1), 8) : null;
    }
    return new BigInteger(part);
  }

  private static Literal parseV6(String host) {
    // The JDK parses a string containing ':' strictly as a literal and never looks it up in DNS.
    if (!host.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
      return new Literal.Invalid("is not a valid IPv6 address"); // also refuses zone ids (%eth0)
    }
    try {
      return new Literal.Canonical(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return new Literal.Invalid("is not a valid IPv6 address");
    }
  }

  private static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // only thrown for a wrong length
    }
  }

  private static Range v4(String dotted, int bits, AddressClass c, String label) {
    String[] p = dotted.split("\\.");
    byte[] b = new byte[4];
    for (int i = 0; i < 4; i++) {
      b[i] = (byte) Integer.parseInt(p[i]);
    }
    return new Range(b, bits, c, label);
  }

  private static Range v6(
      int g0, int g1, int g2, int g3, int g4, int g5, int g6, int g7, int bits, AddressClass c, String label) {
    int[] groups = {g0, g1, g2, g3, g4, g5, g6, g7};
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) (groups[i] >>> 8);
      b[2 * i + 1] = (byte) groups[i];
    }
    return new Range(b, bits, c, label);
  }
}
