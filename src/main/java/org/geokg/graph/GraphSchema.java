package org.geokg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ActorRecognizer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes) once at start-up, then gives the
 * edges of a graph written before edges had stable ids theirs ({@link RelationIds#backfill}), the
 * roles stored before roles had a source theirs ({@link #backfillRoleSources}), and the people stored
 * before surnames were recorded theirs ({@link #backfillSurnames}), so that every reader finds them.
 * Idempotent, so a restart or a second application instance changes nothing.
 */
@Component
public class GraphSchema {
  private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

  GraphSchema(Driver driver) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      for (String statement : Cypher.statements("schema")) {
        session.run(statement).consume(); // schema commands run in their own transactions
      }
      session.run("CALL db.awaitIndexes(60)").consume();
    }
    long ids = RelationIds.backfill(driver);
    if (ids > 0) {
      log.info("Stable ids given to {} edges stored without one", ids);
    }
    long sources = backfillRoleSources(driver);
    if (sources > 0) {
      log.info("Source 'text' given to {} roles stored without one", sources);
    }
    long surnames = backfillSurnames(driver);
    if (surnames > 0) {
      log.info("Surnames given to {} people stored without one", surnames);
    }
    log.info("Graph schema applied");
  }

  /**
   * Gives roles stored before roles had a source theirs, {@code text} (the dictionaries gave none
   * then); returns how many got one.
   */
  static long backfillRoleSources(Driver driver) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.run(Cypher.load("roles-source-missing")).single().get("set").asLong();
    }
  }

  /**
   * Prepares the graph behind {@code driver} for {@link GraphWriter}s outside the application context,
   * as the application does at start-up: the schema and back-fills ({@link GraphSchema}), then the
   * migration of actors to the current actor stage ({@link ActorMigration}). Idempotent.
   */
  public static void prepare(Driver driver, ActorRecognizer actors) {
    new GraphSchema(driver);
    ActorMigration.migrate(driver, actors.changes());
  }

  /**
   * Gives people stored without a surname theirs, as {@link ActorDecisions#surname} computes it (the
   * rule lives there alone); returns how many got one.
   */
  static long backfillSurnames(Driver driver) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(tx -> {
        List<Map<String, Object>> people = new ArrayList<>();
        for (Record r : tx.run(Cypher.load("surnames-missing")).list()) {
          ActorDecisions.surname(ActorKind.PERSON, r.get("name").asString())
              .ifPresent(s -> people.add(Map.of("key", r.get("key").asString(), "surname", s)));
        }
        return people.isEmpty() ? 0L
            : tx.run(Cypher.load("surnames-set"), Map.of("people", people)).single().get("set").asLong();
      });
    }
  }
}
