package org.geokg.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.geokg.fetch.UrlGuard.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address classification and URL checks; no name is ever resolved for real. */
class UrlGuardTest {

  /** A resolver that knows a few names and fails the test for any other, so nothing leaks to DNS. */
  static final class FakeResolver implements Function<String, List<InetAddress>> {
    final List<String> asked = new CopyOnWriteArrayList<>();
    private final Map<String, List<InetAddress>> names;

    FakeResolver(Map<String, List<InetAddress>> names) {
      this.names = names;
    }

    @Override
    public List<InetAddress> apply(String host) {
      asked.add(host);
      List<InetAddress> addresses = names.get(host);
      if (addresses == null) {
        throw new UncheckedIOException(new UnknownHostException(host));
      }
      return addresses;
    }
  }

  static FakeResolver fakeResolver() {
    return new FakeResolver(
        Map.of(
            "evil.example", List.of(ip("127.0.0.1")),
            "evil10.example", List.of(ip("10.0.0.1")),
            "mixed.example", List.of(ip("93.184.216.34"), ip("10.0.0.1")),
            "metadata6.example", List.of(ip("fd00:ec2::254")),
            "news.example", List.of(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946")),
            "intranet.example", List.of(ip("10.1.2.3")),
            "localhost", List.of(ip("127.0.0.1"))));
  }

  private final FakeResolver resolver = fakeResolver();
  private final UrlGuard guard = new UrlGuard(Set.of(), resolver);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // IPv4
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, RESERVED",
    "10.0.0.1, PRIVATE",
    "10.255.255.255, PRIVATE",
    "100.64.0.1, PRIVATE",
    "100.127.255.254, PRIVATE",
    "100.128.0.1, PUBLIC",
    "100.100.100.200, METADATA",
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "169.254.169.254, METADATA",
    "169.254.170.2, METADATA",
    "169.254.1.1, LINK_LOCAL",
    "172.15.255.255, PUBLIC",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "172.32.0.1, PUBLIC",
    "192.0.2.1, RESERVED",
    "192.168.1.1, PRIVATE",
    "198.18.0.1, RESERVED",
    "198.19.255.255, RESERVED",
    "198.20.0.1, PUBLIC",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "240.0.0.1, RESERVED",
    "255.255.255.255, BROADCAST",
    "8.8.8.8, PUBLIC",
    "93.184.216.34, PUBLIC",
    "1.1.1.1, PUBLIC",
    // IPv6
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "::ffff:127.0.0.1, LOOPBACK",
    "::ffff:10.0.0.1, PRIVATE",
    "::ffff:169.254.169.254, METADATA",
    "::ffff:93.184.216.34, PUBLIC",
    "::ffff:0:7f00:1, LOOPBACK",
    "::127.0.0.1, LOOPBACK",
    "::93.184.216.34, RESERVED",
    "64:ff9b::7f00:1, LOOPBACK",
    "64:ff9b::a00:1, PRIVATE",
    "64:ff9b::5db8:d822, PUBLIC",
    "64:ff9b:1::1, PRIVATE",
    "2002:7f00:1::1, LOOPBACK",
    "2002:c0a8:101::1, PRIVATE",
    "2002:5db8:d822::1, PUBLIC",
    "2001:0:4136:e378:8000:63bf:80ff:fffe, LOOPBACK",
    "fc00::1, PRIVATE",
    "fd12:3456::1, PRIVATE",
    "fd00:ec2::254, METADATA",
    "fe80::1, LINK_LOCAL",
    "febf:ffff::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "ff02::1, MULTICAST",
    "ff05::1:3, MULTICAST",
    "2001:db8::1, RESERVED",
    "100::1, RESERVED",
    "4000::1, RESERVED",
    "2606:2800:220:1:248:1893:25c8:1946, PUBLIC",
    "2a00:1450:4001:80b::200e, PUBLIC",
  })
  void classifiesAddresses(String literal, AddressClass expected) {
    assertThat(IpAddresses.classify(ip(literal))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://127.0.0.1./",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0X7F000001/",
        "http://0177.0.0.1/",
        "http://0177.0.0.01/",
        "http://017700000001/",
        "http://0x7f.0.0.1/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://127.0.1/",
        "http://0/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[::]/",
        "http://[0:0:0:0:0:0:0:1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://172.16.5.4:8080/admin",
        "http://192.168.0.1/",
        "http://100.64.1.1/",
        "http://198.18.0.1/",
        "http://240.0.0.1/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://foo.localhost/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://METADATA.GOOGLE.INTERNAL./",
        "https://evil.example/",
        "https://evil10.example/",
        "https://mixed.example/",
        "https://metadata6.example/",
        "https://unknown.example/",
        "http://1.2.3.4.5/",
        "http://256.0.0.1/",
        "http://foo.123/",
        "http://user:secret@news.example/",
        "http://@news.example/",
        "ftp://news.example/file",
        "file:///etc/passwd",
        "gopher://news.example/",
        "javascript:alert(1)",
        "/relative/path",
      })
  void refusesDangerousUrls(String url) {
    assertThat(guard.check(URI.create(url))).isInstanceOf(Verdict.Refused.class);
  }

  @Test
  void explainsRefusals() {
    assertThat(reason("http://10.0.0.5/"))
        .isEqualTo("refused to fetch http://10.0.0.5/: 10.0.0.5 is a private address");
    assertThat(reason("http://2130706433/"))
        .isEqualTo("refused to fetch http://2130706433/: 2130706433 is 127.0.0.1, a loopback address");
    assertThat(reason("http://[::ffff:127.0.0.1]/"))
        .isEqualTo("refused to fetch http://[::ffff:127.0.0.1]/: ::ffff:127.0.0.1 is a loopback address (127.0.0.1)");
    assertThat(reason("http://169.254.169.254/latest/"))
        .endsWith("169.254.169.254 is a cloud metadata address");
    assertThat(reason("https://evil.example/x"))
        .isEqualTo("refused to fetch https://evil.example/x: evil.example resolves to 127.0.0.1, a loopback address");
    assertThat(reason("https://mixed.example/")).endsWith("mixed.example resolves to 10.0.0.1, a private address");
    assertThat(reason("https://unknown.example/")).endsWith("unknown.example could not be resolved");
    assertThat(reason("ftp://news.example/")).endsWith("only http and https URLs are fetched, not ftp");
    assertThat(reason("http://8.8.8.010/")).contains("ambiguous");
  }

  @Test
  void neverRepeatsAPasswordInAReason() {
    String reason = reason("http://user:hunter2@news.example/");
    assertThat(reason).doesNotContain("hunter2").contains("user info");
  }

  @Test
  void allowsPublicNamesWhenEveryAddressIsPublic() {
    Verdict verdict = guard.check(URI.create("https://news.example/world/2024/article.html"));
    assertThat(verdict).isInstanceOf(Verdict.Allowed.class);
    assertThat(((Verdict.Allowed) verdict).addresses())
        .containsExactly(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946"));
    assertThat(guard.check(URI.create("HTTPS://NEWS.EXAMPLE./x"))).isInstanceOf(Verdict.Allowed.class);
    assertThat(resolver.asked).containsOnly("news.example");
  }

  @Test
  void allowsPublicLiterals() {
    assertThat(guard.check(URI.create("http://93.184.216.34/"))).isInstanceOf(Verdict.Allowed.class);
    assertThat(guard.check(URI.create("http://[2606:2800:220:1:248:1893:25c8:1946]:8443/")))
        .isInstanceOf(Verdict.Allowed.class);
    assertThat(resolver.asked).as("literals are never looked up").isEmpty();
  }

  @Test
  void allowListLetsExactHostsThrough() {
    UrlGuard lenient = new UrlGuard(Set.of("127.0.0.1", "LOCALHOST", "Intranet.Example.", "[::1]"), resolver);
    assertThat(lenient.check(URI.create("http://127.0.0.1:8080/"))).isInstanceOf(Verdict.Allowed.class);
    assertThat(lenient.check(URI.create("http://localhost:8080/"))).isInstanceOf(Verdict.Allowed.class);
    assertThat(lenient.check(URI.create("http://intranet.example/news"))).isInstanceOf(Verdict.Allowed.class);
    assertThat(lenient.check(URI.create("http://[::1]/"))).isInstanceOf(Verdict.Allowed.class);
    // Only the exact spelling: other ways to write the same address stay refused.
    assertThat(lenient.check(URI.create("http://127.1/"))).isInstanceOf(Verdict.Refused.class);
    assertThat(lenient.check(URI.create("http://2130706433/"))).isInstanceOf(Verdict.Refused.class);
    assertThat(lenient.check(URI.create("http://127.0.0.2/"))).isInstanceOf(Verdict.Refused.class);
    assertThat(lenient.check(URI.create("http://evil.example/"))).isInstanceOf(Verdict.Refused.class);
    // The allow-list is about hosts; scheme and user info rules still apply.
    assertThat(lenient.check(URI.create("ftp://127.0.0.1/"))).isInstanceOf(Verdict.Refused.class);
    assertThat(lenient.check(URI.create("http://a:b@127.0.0.1/"))).isInstanceOf(Verdict.Refused.class);
  }

  @Test
  void resolverFailuresAreRefusals() {
    UrlGuard broken =
        new UrlGuard(
            Set.of(),
            host -> {
              throw new IllegalStateException("resolver down");
            });
    assertThat(broken.check(URI.create("https://news.example/"))).isInstanceOf(Verdict.Refused.class);
    UrlGuard empty = new UrlGuard(Set.of(), host -> List.of());
    assertThat(empty.check(URI.create("https://news.example/"))).isInstanceOf(Verdict.Refused.class);
  }

  @Test
  void verdictsValidate() {
    assertThatThrownBy(() -> new Verdict.Refused(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict.Allowed(URI.create("http://a/"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loosePublicSpellingsAreRefusedAsAmbiguous() {
    // 0x5d.0xb8.0xd8.0x22 is 93.184.216.34, but software disagrees on such forms: ask for the plain one.
    assertThat(reason("http://0x5d.0xb8.0xd8.0x22/")).contains("ambiguous").contains("93.184.216.34");
  }

  private String reason(String url) {
    Verdict verdict = guard.check(URI.create(url));
    assertThat(verdict).isInstanceOf(Verdict.Refused.class);
    return ((Verdict.Refused) verdict).reason();
  }

  /** Builds an address from a literal with getByAddress: no DNS, whatever the text. */
  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByAddress(literal.contains(":") ? v6Bytes(literal) : v4Bytes(literal));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }

  private static byte[] v4Bytes(String dotted) {
    String[] parts = dotted.split("\\.");
    if (parts.length != 4) {
      throw new IllegalArgumentException(dotted);
    }
    byte[] b = new byte[4];
    for (int i = 0; i < 4; i++) {
      b[i] = (byte) Integer.parseInt(parts[i]);
    }
    return b;
  }

  private static byte[] v6Bytes(String text) {
    List<Integer> groups = new ArrayList<>();
    int gap = -1;
    String[] halves = text.split("::", -1);
    if (halves.length > 2) {
      throw new IllegalArgumentException(text);
    }
    for (int h = 0; h < halves.length; h++) {
      if (h == 1) {
        gap = groups.size();
      }
      if (halves[h].isEmpty()) {
        continue;
      }
      for (String g : halves[h].split(":")) {
        if (g.contains(".")) {
          byte[] v4 = v4Bytes(g);
          groups.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
          groups.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
        } else {
          groups.add(Integer.parseInt(g, 16));
        }
      }
    }
    if (gap >= 0) {
      while (groups.size() < 8) {
        groups.add(gap, 0);
      }
    }
    if (groups.size() != 8) {
      throw new IllegalArgumentException(text);
    }
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) (groups.get(i) >>> 8);
      b[2 * i + 1] = (byte) (int) groups.get(i);
    }
    return b;
  }
}
