package org.geokg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Puts {@link RelationId}s on stored edges whose identity was read from the graph: edges moved to
 * another actor, and edges of a graph written before edges had ids.
 */
final class RelationIds {

  /** Edges given ids per transaction by {@link #backfill}. */
  static final int BATCH = 10_000;

  private RelationIds() {}

  /**
   * Sets on each of {@code edges} (maps as {@code move-edges} returns them: {@code ref} the element id
   * read in this transaction, {@code type}, {@code source} and {@code target} actor keys,
   * {@code articleId}, {@code title} for a role) the id of its identity.
   */
  static void assign(TransactionContext tx, List<Value> edges) {
    if (edges.isEmpty()) {
      return;
    }
    List<Map<String, Object>> ids = new ArrayList<>();
    for (Value e : edges) {
      RelationId id = RelationId.ofStored(e.get("type").asString(), e.get("source").asString(),
          e.get("target").asString(), e.get("articleId").asString(), e.get("title").asString(null));
      ids.add(Map.of("ref", e.get("ref").asString(), "id", id.value()));
    }
    tx.run(Cypher.load("relation-ids-set"), Map.of("edges", ids)).consume();
  }

  /**
   * Gives every edge between actors that has an article and no id its id, {@link #BATCH} per
   * transaction; answers how many. A graph written by this version has none, and the call is one
   * read.
   */
  static long backfill(Driver driver) {
    return backfill(driver, BATCH);
  }

  /** As {@link #backfill(Driver)}, {@code batch} edges per transaction. */
  static long backfill(Driver driver, int batch) {
    long done = 0;
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      while (true) {
        int n = session.executeWrite(tx -> {
          List<Value> rows = tx.run(Cypher.load("relation-ids-missing"), Map.of("limit", batch))
              .list(r -> r.get("edge"));
          assign(tx, rows);
          return rows.size();
        });
        done += n;
        if (n < batch) {
          return done;
        }
      }
    }
  }
}
