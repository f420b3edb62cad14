package org.geokg.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code /api/export} ({@code geokg.export.*}).
 *
 * @param maxRelations relations written at most by one export (the rest are left out)
 * @param timeout how long one streamed export may take before the server gives up on it
 */
@ConfigurationProperties("geokg.export")
public record ExportProperties(@DefaultValue("2000000") int maxRelations, @DefaultValue("1h") Duration timeout) {
  public ExportProperties {
    if (maxRelations < 1) {
      throw new IllegalArgumentException("geokg.export.max-relations must be positive, was " + maxRelations);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("geokg.export.timeout must be positive, was " + timeout);
    }
  }
}
