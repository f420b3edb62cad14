package org.geokg.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code /api/export} ({@code geokg.export.*}).
 *
 * @param maxRelations relations written at most by one export (the rest are left out)
 */
@ConfigurationProperties("geokg.export")
public record ExportProperties(@DefaultValue("2000000") int maxRelations) {
  public ExportProperties {
    if (maxRelations < 1) {
      throw new IllegalArgumentException("geokg.export.max-relations must be positive, was " + maxRelations);
    }
  }
}
