package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
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
 * An analyst merge that commits while an article naming the merged-away actor is being written:
 * the write must not recreate the actor. The test holds the actor's write lock in its own
 * transaction so that the writer is caught after reading the decisions, then merges and commits.
 * Whichever way the database resolves the contention (the writer waits and then finds the decision
 * changed, or the database picks it as a deadlock victim and the managed transaction retries it),
 * the article ends up written under the new decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DecisionRaceTest {

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "actors-race");
  }

  @Autowired GraphWriter writer;
  @Autowired Driver driver;

  private static final Actor BIDEN = new Actor("person:joe-biden", "Joe Biden", ActorKind.PERSON, "USA", null, Set.of());

  private static ArticleGraph article(String url, Actor org, String sentence) {
    Article a = new Article(url, "title", null, null, LocalDate.of(2024, 11, 20), "en", List.of(sentence));
    Relation r = new Relation(RelationType.CRITICIZED, org.key(), BIDEN.key(), PartialDate.parse("2024-11-20"), null,
        0.9, false, List.of(sentence), Modality.ASSERTED, null);
    return new ArticleGraph(a, Map.of(org, 1, BIDEN, 1), List.of(r), List.of());
  }

  @Test
  void aMergeCommittedWhileAnArticleIsWrittenIsNotUndoneByTheWrite() throws Exception {
    Actor doge = new Actor("org:doge", "DOGE", ActorKind.ORGANIZATION, null, null, Set.of());
    Actor keep = new Actor("org:department-of-government-efficiency", "Department of Government Efficiency",
        ActorKind.ORGANIZATION, null, null, Set.of());
    writer.write(article("https://example.org/one", doge, "DOGE criticized Joe Biden."));
    writer.write(article("https://example.org/two", keep, "The Department of Government Efficiency criticized Joe Biden."));
    CompletableFuture<GraphWriter.Outcome> write;
    try (var session = driver.session()) {
      write = session.executeWrite(tx -> {
        tx.run("MATCH (a:Actor {key: 'org:doge'}) SET a._lock = true REMOVE a._lock").consume();
        var pending = CompletableFuture.supplyAsync(() ->
            writer.write(article("https://example.org/three", doge, "DOGE criticized Joe Biden again.")));
        try {
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        assertThat(pending).as("the writer waits for the actor's lock").isNotDone();
        ActorCuration.mergeInTransaction(tx, keep.key(), doge.key(), "test");
        return pending;
      });
    }
    assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(GraphWriter.Outcome.WRITTEN);
    try (var session = driver.session()) {
      assertThat(session.run("MATCH (a:Actor {key: 'org:doge'}) RETURN count(a)").single().get(0).asLong()).isZero();
      assertThat(session.run("MATCH (:Article {url: 'https://example.org/three'})-[:MENTIONS]->(a:Actor) RETURN"
          + " collect(a.key)").single().get(0).asList()).contains(keep.key()).doesNotContain(doge.key());
      assertThat(session.run("MATCH (:Actor {key: $k})-[r:CRITICIZED]->(:Actor {key: 'person:joe-biden'}) RETURN count(r)",
          Map.of("k", keep.key())).single().get(0).asLong()).isEqualTo(3);
    }
  }

  @Autowired ActorCuration curation;

  @Test
  void anActorWithASplitAliasTakesNewAliasesFromLaterArticles() {
    Actor un = new Actor("org:united-nations", "United Nations", ActorKind.ORGANIZATION, "IGO", null, Set.of("UN"));
    writer.write(article("https://example.org/un-one", un, "The United Nations criticized Joe Biden."));
    assertThat(curation.split(un.key(), "UN", null, "ORGANIZATION", "test")).isNotInstanceOf(Curation.Refused.class);
    // A later article names the actor by an alias it did not have: the write adds it, and this
    // change to the actor's names is not mistaken for a decision taken meanwhile.
    Actor again = new Actor(un.key(), "United Nations", ActorKind.ORGANIZATION, "IGO", null, Set.of("U.N."));
    assertThat(writer.write(article("https://example.org/un-two", again, "The U.N. criticized Joe Biden.")))
        .isEqualTo(GraphWriter.Outcome.WRITTEN);
    try (var session = driver.session()) {
      assertThat(session.run("MATCH (a:Actor {key: $k}) RETURN a.aliases", Map.of("k", un.key())).single().get(0)
          .asList()).contains("U.N.").doesNotContain("UN");
    }
  }
}
