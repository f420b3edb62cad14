package org.geokg.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.geokg.TestDatabase;
import org.geokg.system.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/**
 * A fresh embedded database with the graph's components on it, as the application builds them, for
 * tests that need several databases in one test (a rebuild, a second run) without a Spring context.
 */
class TestGraph implements AutoCloseable {
  final EmbeddedNeo4j neo4j;
  final Driver driver;
  final GraphWriter writer;
  final GraphQueries queries;
  final ActorCuration curation;
  final GraphExporter exporter;

  TestGraph(String name) throws IOException {
    neo4j = new EmbeddedNeo4j(TestDatabase.folder(name), "127.0.0.1", TestDatabase.freePort());
    driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
    new GraphSchema(driver);
    writer = new GraphWriter(driver);
    queries = new GraphQueries(driver);
    curation = new ActorCuration(driver);
    exporter = new GraphExporter(driver, new ExportProperties(1000, Duration.ofMinutes(1)));
  }

  List<Record> rows(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).list();
    }
  }

  Record one(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single();
    }
  }

  String export(GraphExporter.Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(format, RelationFilter.NONE, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
    neo4j.close();
  }
}
