package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ActorRecognizer;
import org.geokg.article.Article;
import org.geokg.event.Modality;
import org.geokg.event.PartialDate;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A graph written by an earlier version (Iran's government under two keys, one named "Iran
 * government"; a lone "Trump") follows the current actor stage: one node per government under the
 * current name, the listed person for the surname, every edge kept, the merges recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ActorMigrationTest {

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "actor-migration");
  }

  @Autowired GraphWriter writer;
  @Autowired Driver driver;
  @Autowired ActorRecognizer recognizer;

  private static final Actor IRAN = new Actor("country:IRN", "Iran", ActorKind.COUNTRY, "IRN", null, Set.of());

  private void write(String url, Actor source, RelationType type, String sentence) {
    Article a = new Article(url, "title", null, null, LocalDate.of(2024, 11, 20), "en", List.of(sentence));
    Relation r = new Relation(type, source.key(), IRAN.key(), PartialDate.parse("2024-11-20"), null, 0.9, false,
        List.of(sentence), Modality.ASSERTED, null);
    writer.write(new ArticleGraph(a, Map.of(source, 1, IRAN, 1), List.of(r), List.of()));
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void anEarlierVersionsActorsMoveToTheirCurrentKeysAndNames() {
    write("https://example.org/old-org", new Actor("org:iranian-government", "Iranian government",
        ActorKind.ORGANIZATION, "IRN", "GOV", Set.of()), RelationType.CRITICIZED, "The Iranian government criticized Iran.");
    write("https://example.org/old-agent", new Actor("agent:irn-gov", "Iran government", ActorKind.ORGANIZATION,
        "IRN", "GOV", Set.of()), RelationType.MET_WITH, "Iranian officials met Iran.");
    write("https://example.org/old-surname", new Actor("person:trump", "Trump", ActorKind.PERSON, null, null,
        Set.of()), RelationType.SANCTIONED, "Trump sanctioned Iran.");
    long edges = count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)");

    ActorMigration.Result first = ActorMigration.migrate(driver, recognizer.changes());

    assertThat(first.merged()).isEqualTo(2);
    assertThat(first.renamed()).isEqualTo(1);
    assertThat(count("MATCH (a:Actor) WHERE a.key IN ['org:iranian-government', 'person:trump'] RETURN count(a)"))
        .isZero();
    assertThat(count("MATCH (a:Actor {key: 'agent:irn-gov', name: 'Iranian government'})"
        + " WHERE 'Iran government' IN a.aliases RETURN count(a)")).isOne();
    assertThat(count("MATCH (:Actor {key: 'agent:irn-gov'})-[r]->(:Country {key: 'country:IRN'}) RETURN count(r)"))
        .isEqualTo(2);
    assertThat(count("MATCH (:Person {key: 'person:donald-trump', code: 'USA'})-[:SANCTIONED]->() RETURN count(*)"))
        .isOne();
    assertThat(count("MATCH (d:MergeDecision {from: 'person:trump', into: 'person:donald-trump',"
        + " decidedBy: 'resolver'}) RETURN count(d)")).isOne();
    assertThat(count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)")).isEqualTo(edges);
    try (var session = driver.session()) {
      session.run("MATCH (s:Actor)-[r]->(t:Actor) RETURN type(r) AS type, s.key AS s, t.key AS t, r.articleId AS a,"
          + " r.title AS title, r.id AS id").forEachRemaining(r -> assertThat(r.get("id").asString(null))
          .as("a moved edge has the id of its new actors: %s", r)
          .isEqualTo(RelationId.ofStored(r.get("type").asString(), r.get("s").asString(), r.get("t").asString(),
              r.get("a").asString(), r.get("title").asString(null)).value()));
    }

    assertThat(ActorMigration.migrate(driver, recognizer.changes())).isEqualTo(new ActorMigration.Result(0, 0));
  }
}
