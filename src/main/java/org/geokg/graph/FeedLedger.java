package org.geokg.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Which feed items have been taken already, kept in the graph as {@code (:FeedItem {url, feed,
 * outcome, firstSeen})} so that it survives restarts. Thread-safe.
 */
// The schema (constraints, indexes) is applied before the first statement.
@DependsOn("graphSchema")
@Component
public class FeedLedger {

  private final Driver driver;

  FeedLedger(Driver driver) {
    this.driver = driver;
  }

  /** The links among {@code urls} not taken before, in their order. */
  public List<String> unseen(List<String> urls) {
    return GraphUnavailableException.translated(() -> {
      try (var session = driver.session(SessionConfig.defaultConfig())) {
        return session.executeRead(tx -> tx.run(Cypher.load("feed-unseen"), Map.of("urls", urls))
            .list(r -> r.get("url").asString()));
      }
    });
  }

  /** Remembers that {@code url} of {@code feed} was taken, and its outcome (ingested, duplicate, failed: why). */
  public void seen(String url, String feed, String outcome) {
    GraphUnavailableException.translated(() -> {
      try (var session = driver.session(SessionConfig.defaultConfig())) {
        session.executeWrite(tx -> tx.run(Cypher.load("feed-seen"),
            Map.of("url", url, "feed", feed, "outcome", outcome)).consume());
      }
    });
  }
}
