package org.geokg.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the read-only Cypher endpoint ({@code geokg.cypher.*}).
 *
 * @param timeout transaction time limit of one query; the database stops it then
 * @param maxRows rows returned at most; further rows are not read ({@code truncated: true})
 */
@ConfigurationProperties("geokg.cypher")
public record CypherProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("1000") int maxRows) {
  public CypherProperties {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("geokg.cypher.timeout must be positive, was " + timeout);
    }
    if (maxRows < 1 || maxRows > 100_000) {
      throw new IllegalArgumentException("geokg.cypher.max-rows must be 1-100000, was " + maxRows);
    }
  }
}
