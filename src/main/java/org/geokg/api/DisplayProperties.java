package org.geokg.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the API (and so the explorer and the exports) shows by default.
 *
 * @param minConfidence relations below this confidence are left out unless a request names its own
 *     {@code minConfidence} ({@code 0} shows all); every relation is stored whatever its confidence.
 *     {@code geokg.min-confidence}; see docs/benchmarks.md for the share of edges right per band
 */
@ConfigurationProperties("geokg")
public record DisplayProperties(@DefaultValue("0") double minConfidence) {
  public DisplayProperties {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("geokg.min-confidence must be between 0 and 1, was " + minConfidence);
    }
  }
}
