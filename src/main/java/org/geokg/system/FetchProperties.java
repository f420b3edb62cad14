package org.geokg.system;

import java.time.Duration;
import java.util.Set;
import org.geokg.fetch.FetchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How article URLs are fetched ({@code geokg.fetch.*}). Private, loopback and link-local addresses
 * are refused unless their host is in {@code allowed-hosts}.
 */
@ConfigurationProperties("geokg.fetch")
public record FetchProperties(
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("5242880") long maxBytes,
    @DefaultValue("5") int maxRedirects,
    Set<String> allowedHosts) {

  public FetchProperties {
    allowedHosts = allowedHosts == null ? Set.of()
        : allowedHosts.stream().filter(h -> h != null && !h.isBlank()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }


  /** The fetcher's settings; validation happens there. */
  public FetchSettings toSettings() {
    return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, allowedHosts,
        FetchSettings.DEFAULT_USER_AGENT);
  }
}
