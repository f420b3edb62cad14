package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People stored before surnames were recorded get the one {@link ActorDecisions#surname} gives them
 * at start-up ({@link GraphSchema}), and only they: a one-word name keeps none, a second run changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SurnameBackfillTest {

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "surname-backfill");
  }

  @Autowired Driver driver;

  @Test
  void legacyPeopleGetTheSurnameJavaComputes() {
    try (var session = driver.session()) {
      session.run("""
          CREATE (:Actor:Person {key: 'person:ana-legacy', name: ' Ana  Legacy ', kind: 'PERSON'}),
                 (:Actor:Person {key: 'person:legacy', name: 'Legacy', kind: 'PERSON'}),
                 (:Actor:Person {key: 'person:kept', name: 'Bo Kept', kind: 'PERSON', surname: 'Kept'})
          """).consume();
    }
    assertThat(GraphSchema.backfillSurnames(driver)).isEqualTo(1);
    assertThat(GraphSchema.backfillSurnames(driver)).isZero();
    try (var session = driver.session()) {
      var r = session.run("""
          MATCH (a:Person {key: 'person:ana-legacy'}), (b:Person {key: 'person:legacy'}), (c:Person {key: 'person:kept'})
          RETURN a.surname AS a, b.surname AS b, c.surname AS c
          """).single();
      assertThat(r.get("a").asString()).isEqualTo("Legacy");
      assertThat(r.get("b").isNull()).isTrue();
      assertThat(r.get("c").asString()).isEqualTo("Kept");
    }
  }
}
