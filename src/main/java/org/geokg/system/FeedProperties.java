package org.geokg.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * RSS/Atom feeds that {@code serve} polls ({@code geokg.feeds.*}).
 *
 * @param urls the feeds' URLs (none: no polling)
 * @param interval the pause between two polls of all feeds
 */
@ConfigurationProperties("geokg.feeds")
public record FeedProperties(List<String> urls, @DefaultValue("15m") Duration interval) {
  public FeedProperties {
    urls = urls == null ? List.of() : urls.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).toList();
    if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("geokg.feeds.interval must be at least 1s");
    }
    for (String u : urls) {
      if (!u.matches("(?i)https?://.+")) {
        throw new IllegalArgumentException("geokg.feeds.urls must be http(s) URLs: " + u);
      }
    }
  }
}
