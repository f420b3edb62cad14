package org.geokg.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@link PageFetcher} fetches pages.
 *
 * <p>Immutable and thread-safe; the constructor validates every value and normalises host names
 * (lower case, no brackets, no trailing dot).
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection to one host
 * @param timeout how long a whole fetch may take, redirects and body included
 * @param maxBytes the largest body accepted, counted both as received and after decompression
 * @param maxRedirects how many redirects are followed before giving up (0: none)
 * @param allowedHosts hosts fetched even though they are private or local (exact names or address
 *     literals, case-insensitive); empty by default
 * @param userAgent the User-Agent header sent with every request
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration timeout,
    long maxBytes,
    int maxRedirects,
    Set<String> allowedHosts,
    String userAgent) {

  /** Says who we are and where to complain, as polite crawlers do. */
  public static final String DEFAULT_USER_AGENT =
      "geokg/0.1 (+https://github.com/geokg/geokg; news knowledge-graph builder)";

  /** The body is held in memory (and decompressed there), so the cap is bounded well below 2 GB. */
  public static final long MAX_BYTES_LIMIT = 1L << 30;

  public static final int MAX_REDIRECTS_LIMIT = 20;

  public FetchSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(timeout, "timeout");
    if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES_LIMIT + ": " + maxBytes);
    }
    if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
      throw new IllegalArgumentException(
          "maxRedirects must be between 0 and " + MAX_REDIRECTS_LIMIT + ": " + maxRedirects);
    }
    Objects.requireNonNull(allowedHosts, "allowedHosts");
    for (String host : allowedHosts) {
      if (host == null || UrlGuard.normalizeHost(host).isEmpty()) {
        throw new IllegalArgumentException("allowedHosts contains an empty host");
      }
    }
    allowedHosts =
        allowedHosts.stream().map(UrlGuard::normalizeHost).collect(Collectors.toUnmodifiableSet());
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    // A line break would let the value inject further headers.
    if (userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("userAgent must not contain control characters");
    }
  }

  /** 5 s to connect, 10 s per fetch, 5 MB, 5 redirects, no allowed private hosts. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(5), Duration.ofSeconds(10), 5L * 1024 * 1024, 5, Set.of(), DEFAULT_USER_AGENT);
  }

  public FetchSettings withAllowedHosts(Set<String> hosts) {
    return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hosts, userAgent);
  }

  public FetchSettings withTimeouts(Duration connect, Duration total) {
    return new FetchSettings(connect, total, maxBytes, maxRedirects, allowedHosts, userAgent);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(connectTimeout, timeout, bytes, maxRedirects, allowedHosts, userAgent);
  }

  public FetchSettings withMaxRedirects(int redirects) {
    return new FetchSettings(connectTimeout, timeout, maxBytes, redirects, allowedHosts, userAgent);
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
