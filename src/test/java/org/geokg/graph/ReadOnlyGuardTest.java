package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexical check of the read-only Cypher endpoint, without a database. */
class ReadOnlyGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "MATCH (a:Actor) RETURN a.name LIMIT 5",
      "MATCH (a:Actor) WHERE a.name = 'CREATE (n) SET x' RETURN a",
      "MATCH (a:Actor) RETURN {set: 1, create: 2, delete: 3} AS m",
      "MATCH (a:Set)-[:CREATE]->(b) RETURN a.set, b.`DELETE`",
      "// CREATE in a comment\nMATCH (n) RETURN count(n)",
      "MATCH (n) /* DETACH DELETE n */ RETURN n LIMIT 1;",
      "CALL db.labels() YIELD label RETURN label",
      "CALL db.index.fulltext.queryNodes('actor_names', 'iran') YIELD node RETURN node",
      "MATCH (a) CALL (a) { MATCH (a)--(b) RETURN count(b) AS n } RETURN a, n",
      "MATCH p = shortestPath((a)-[*..4]-(b)) RETURN startNode(relationships(p)[0])"})
  void plainReadsPass(String query) {
    assertThat(ReadOnlyGuard.refusal(query)).as(query).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE (n)", "merge (n:X)", "MATCH (n) SET n.x = 1", "MATCH (n) DETACH DELETE n", "LOAD CSV FROM 'x' AS l RETURN l",
      "CALL { CREATE (n) } IN TRANSACTIONS", "USE system SHOW USERS", "SHOW USERS", "DROP INDEX x",
      "CALL db.createLabel('X')", "CALL dbms.setConfigValue('a', 'b')", "RETURN 1; RETURN 2",
      "\uFF23\uFF32\uFF25\uFF21\uFF34\uFF25 (n)", "CRE\u200DATE (n)", "MATCH (n)\u2028SET n.x = 1", "FOREACH (x IN [1] | CREATE ())",
      "PROFILE MATCH (n) RETURN n", "   "})
  void writesAdminAndTricksAreRefused(String query) {
    assertThat(ReadOnlyGuard.refusal(query)).as(query).isPresent();
  }

  @Test
  void refusalSaysWhatWasRefused() {
    assertThat(ReadOnlyGuard.refusal("MATCH (n) DELETE n")).hasValueSatisfying(r -> assertThat(r).contains("DELETE"));
    assertThat(ReadOnlyGuard.refusal("CALL db.createLabel('X')"))
        .hasValueSatisfying(r -> assertThat(r).contains("db.createlabel"));
  }
}
