package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.geokg.article.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/cypher} on the seed graph: reads answer as JSON rows under a row cap; every
 * attempt to write, change the schema, administer, read files or escape the database is refused
 * with 403 problem+json and leaves the graph (nodes, relationships, their properties, the schema)
 * exactly as it was; a runaway query is stopped at the time limit.
 */
class CypherEndpointTest extends SeedGraphTest {

  @BeforeEach
  void seed() throws Exception {
    seedArticleId();
  }

  static Stream<String> refusedQueries() {
    return Stream.of(
        "CREATE (n:Evil {x: 1})",
        "MERGE (n:Actor {key: 'person:evil'})",
        "MATCH (a:Actor) SET a.name = 'evil'",
        "MATCH (a:Actor) SET a += {evil: true}",
        "MATCH (a:Actor) SET a:Evil",
        "MATCH ()-[r]->() DELETE r",
        "MATCH (a:Actor) DETACH DELETE a",
        "MATCH (a:Actor) REMOVE a.name",
        "MATCH (a:Actor) REMOVE a:Actor",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
        "MATCH (a:Actor) CALL (a) { SET a.evil = 1 } IN TRANSACTIONS OF 10 ROWS",
        "UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j",
        "MATCH (a:Actor) CALL (a) { SET a.evil = 1 } RETURN count(*)",
        "FOREACH (i IN [1] | CREATE (:Evil))",
        "USE system SHOW USERS",
        "USE system MATCH (n) RETURN n",
        "SHOW USERS",
        "SHOW DATABASES",
        "CREATE USER evil SET PASSWORD 'secret-secret'",
        "ALTER USER neo4j SET PASSWORD 'secret-secret'",
        "GRANT ROLE admin TO evil",
        "CREATE DATABASE evil",
        "STOP DATABASE neo4j",
        "CREATE INDEX evil FOR (a:Actor) ON (a.evil)",
        "CREATE CONSTRAINT evil FOR (a:Actor) REQUIRE a.evil IS UNIQUE",
        "DROP INDEX actor_name",
        "DROP CONSTRAINT actor_key",
        "CALL db.createLabel('Evil')",
        "CALL db.createProperty('evil')",
        "CALL db.createRelationshipType('EVIL')",
        "CALL db.clearQueryCaches()",
        "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
        "CALL dbms.components() YIELD name RETURN name",
        "CALL apoc.create.node(['Evil'], {})",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "INSERT (:Evil)",
        "PROFILE CREATE (n:Evil)",
        "MATCH (n) RETURN count(n); CREATE (m:Evil)",
        "RETURN 1; MATCH (a:Actor) DETACH DELETE a",
        "MATCH (n) /* harmless read */ CREATE (m:Evil) RETURN m",
        "// only a comment\nCREATE (m:Evil)",
        "RETURN 1 // ; CREATE (m:Evil)\n; CREATE (m:Evil)",
        "cReAtE (m:Evil)",
        "\uFF23\uFF32\uFF25\uFF21\uFF34\uFF25 (m:Evil)",
        "CRE\u200BATE (m:Evil)",
        "MATCH (a:Actor)\u00A0SET\u00A0a.evil = 1",
        "MATCH (a:Actor) WITH a SET a.`name` = 'evil'");
  }

  @ParameterizedTest
  @MethodSource("refusedQueries")
  void writesSchemaAndAdminAreRefusedAndTheGraphStaysTheSame(String query) throws Exception {
    String before = checksum();
    HttpResponse<String> r = cypher(query, Map.of());
    assertThat(r.statusCode()).as("%s -> %s", query, r.body()).isEqualTo(403);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    assertThat(JSON.readTree(r.body()).get("detail").asString()).isNotBlank();
    assertThat(checksum()).as(query).isEqualTo(before);
  }

  @Test
  void readsAnswerWithRowsNodesAndParameters() throws Exception {
    HttpResponse<String> r = cypher(
        "MATCH (a:Actor {key: $key}) RETURN a, a.name AS name, {set: 1, create: 'CREATE (n)'} AS m", Map.of("key",
            "country:IRN"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("columns").toString()).isEqualTo("[\"a\",\"name\",\"m\"]");
    JsonNode row = body.get("rows").get(0);
    assertThat(row.get("name").asString()).isEqualTo("Iran");
    assertThat(row.get("a").get("labels").toString()).contains("Country");
    assertThat(row.get("a").get("properties").get("code").asString()).isEqualTo("IRN");
    assertThat(body.get("truncated").asBoolean()).isFalse();

    JsonNode path = JSON.readTree(cypher("MATCH p = (:Person)-[:MET_WITH]-(:Person) RETURN p, "
        + "relationships(p)[0].dateFrom AS day LIMIT 1", Map.of()).body());
    assertThat(path.get("rows").get(0).get("p").get("relationships").get(0).get("type").asString()).isEqualTo("MET_WITH");
    assertThat(cypher("CALL db.labels() YIELD label RETURN label", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void rowsAreCappedAndTruncationIsSaid() throws Exception {
    JsonNode body = JSON.readTree(cypher("UNWIND range(1, 100000) AS i RETURN i", Map.of()).body());
    assertThat(body.get("rows").size()).isEqualTo(1000);
    assertThat(body.get("truncated").asBoolean()).isTrue();
  }

  @Test
  void aRunawayQueryIsStoppedAtTheTimeLimit() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = cypher(
        "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n", Map.of());
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    assertThat(r.statusCode()).as(r.body()).isEqualTo(408);
    assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("time limit");
    assertThat(seconds).isLessThan(30);
  }

  @Test
  void invalidCypherIsABadRequest() throws Exception {
    assertThat(cypher("MATCH (n RETURN n", Map.of()).statusCode()).isEqualTo(400);
    assertThat(request("POST", "/api/cypher", "{}").statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> cypher(String query, Map<String, Object> parameters) throws Exception {
    return request("POST", "/api/cypher", JSON.writeValueAsString(Map.of("query", query, "parameters", parameters)));
  }

  /** Node and relationship counts, a hash of every element's labels or type and properties, the schema. */
  private String checksum() throws Exception {
    List<String> lines = new ArrayList<>();
    try (var session = driver.session()) {
      session.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(
          r -> lines.add("N" + sorted(r.get("l").asList(Object::toString)) + new java.util.TreeMap<>(r.get("p").asMap())));
      session.run("MATCH (s)-[r]->(t) RETURN coalesce(s.key, s.id) + '>' + coalesce(t.key, t.id) AS ends, type(r) AS t, properties(r) AS p")
          .forEachRemaining(r -> lines.add("R" + r.get("ends").asString(null) + r.get("t").asString()
              + new java.util.TreeMap<>(r.get("p").asMap())));
      session.run("SHOW INDEXES YIELD name, state RETURN name + state AS s").forEachRemaining(r -> lines.add("I" + r.get("s")));
      session.run("SHOW CONSTRAINTS YIELD name RETURN name AS s").forEachRemaining(r -> lines.add("C" + r.get("s")));
      session.run("CALL db.labels() YIELD label RETURN label").forEachRemaining(r -> lines.add("L" + r.get("label")));
      session.run("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey").forEachRemaining(r -> lines.add("K" + r.get(0)));
      session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
          .forEachRemaining(r -> lines.add("T" + r.get(0)));
    }
    long nodes = lines.stream().filter(l -> l.startsWith("N")).count();
    long rels = lines.stream().filter(l -> l.startsWith("R")).count();
    lines.sort(null);
    String digest = Sha256.hex(lines.stream().map(l -> l + "\n").collect(Collectors.joining()));
    return nodes + " nodes, " + rels + " relationships, " + digest;
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }
}
