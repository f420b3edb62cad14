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
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two writers giving one actor the same new alias at once (two executors of spark-ingest, two ingests
 * on one server) store it once. The test adds the alias in its own transaction and holds it open while
 * the writer, which has already read the actor's aliases without it, waits for the node's lock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AliasRaceTest {

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "alias-race");
  }

  @Autowired GraphWriter writer;
  @Autowired Driver driver;

  private static ArticleGraph article(String url, String sentence, Actor actor) {
    Article a = new Article(url, "title", null, null, LocalDate.of(2024, 11, 20), "en", List.of(sentence));
    return new ArticleGraph(a, Map.of(actor, 1), List.of(), List.of());
  }

  @Test
  void aNewAliasTwoWritersAddAtOnceIsStoredOnce() throws Exception {
    Actor plain = new Actor("org:bay-state-council", "Bay State Council", ActorKind.ORGANIZATION, "USA", null, Set.of());
    Actor aliased = new Actor(plain.key(), plain.name(), plain.kind(), "USA", null, Set.of("BSC"));
    writer.write(article("https://example.org/alias-one", "The Bay State Council met on Monday.", plain));
    CompletableFuture<GraphWriter.Outcome> write;
    try (var session = driver.session()) {
      write = session.executeWrite(tx -> {
        tx.run("MATCH (a:Actor {key: $key}) SET a.aliases = coalesce(a.aliases, []) + 'BSC'",
            Map.of("key", plain.key())).consume();
        var pending = CompletableFuture.supplyAsync(() -> writer.write(article("https://example.org/alias-two",
            "The BSC met again on Tuesday.", aliased)));
        try {
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        assertThat(pending).as("the writer waits for the actor's lock").isNotDone();
        return pending;
      });
    }
    assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(GraphWriter.Outcome.WRITTEN);
    try (var session = driver.session()) {
      assertThat(session.run("MATCH (a:Actor {key: $key}) RETURN a.aliases", Map.of("key", plain.key()))
          .single().get(0).asList(org.neo4j.driver.Value::asString)).containsExactly("BSC");
    }
  }
}
