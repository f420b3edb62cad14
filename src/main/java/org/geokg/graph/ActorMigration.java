package org.geokg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.ActorChange;
import org.geokg.actor.ActorRecognizer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Brings a graph written by an earlier version up to how the actor stage now keys and names actors
 * ({@link ActorRecognizer#changes}), once at start-up, before the first article is written: an actor
 * under a retired key is merged into its replacement exactly as an analyst merge would be (edges,
 * mentions and names move; the merge is recorded as decided by {@code resolver}, so it can be undone
 * by a split), and a retired default name becomes an alias. Running it again changes nothing.
 */
@DependsOn("graphSchema")
@Component
public class ActorMigration {
  private static final Logger log = LoggerFactory.getLogger(ActorMigration.class);

  /** What a migration did. */
  public record Result(int merged, long renamed) {}

  ActorMigration(Driver driver, ActorRecognizer actors) {
    Result r = migrate(driver, actors.changes());
    if (r.merged() > 0 || r.renamed() > 0) {
      log.info("Actors migrated to the current actor stage: {} merged into their new key, {} renamed", r.merged(),
          r.renamed());
    }
  }

  /** Applies {@code changes} to the graph, each merge in its own transaction. */
  static Result migrate(Driver driver, List<ActorChange> changes) {
    int merged = 0;
    List<Map<String, Object>> renames = new ArrayList<>();
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      // One read finds which retired keys the graph holds: usually none, and start-up stays quick.
      List<String> oldKeys = changes.stream().filter(ActorChange::rekeyed).map(ActorChange::oldKey).toList();
      Set<String> present = new HashSet<>(session.executeRead(tx -> tx.run(Cypher.load("migrate-present"),
          Map.of("keys", oldKeys)).list(r -> r.get("key").asString())));
      for (ActorChange c : changes) {
        if (!c.rekeyed()) {
          renames.add(Map.of("key", c.now().key(), "oldName", c.oldName(), "name", c.now().name()));
          continue;
        }
        if (!present.contains(c.oldKey())) {
          continue;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("old", c.oldKey());
        p.put("key", c.now().key());
        p.put("name", c.now().name());
        p.put("kind", c.now().kind().name());
        p.put("label", c.now().kind().label());
        p.put("code", c.now().code());
        p.put("sector", c.now().sector());
        p.put("surname", ActorDecisions.surname(c.now()).orElse(null));
        merged += session.executeWrite(tx -> {
          if (tx.run(Cypher.load("migrate-rekey"), p).list().isEmpty()) {
            return 0;
          }
          ActorCuration.mergeInTransaction(tx, c.now().key(), c.oldKey(), "resolver");
          return 1;
        });
      }
      long renamed = renames.isEmpty() ? 0 : session.executeWrite(tx ->
          tx.run(Cypher.load("migrate-rename"), Map.of("renames", renames)).single().get("renamed").asLong());
      return new Result(merged, renamed);
    }
  }
}
