package org.geokg.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes) once at start-up, then gives the
 * edges of a graph written before edges had stable ids theirs ({@link RelationIds#backfill}), so
 * that every reader finds them. Idempotent, so a restart or a second application instance changes
 * nothing.
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
    log.info("Graph schema applied");
  }
}
