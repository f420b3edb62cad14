package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.RoleView;
import org.junit.jupiter.api.Test;

/**
 * On a real database: roles carry their source ({@code text} or {@code dictionary}) and a
 * dictionary role its span, in the graph, the actor view and every export; a person named by surname
 * alone whom the graph cannot resolve says why, until it is resolved.
 */
class RoleSourcesAndUnresolvedNamesTest {

  private static final Actor OBAMA = new Actor("person:barack-obama", "Barack Obama", ActorKind.PERSON, "USA", "GOV",
      Set.of("Obama"));
  private static final Actor US_GOVERNMENT = new Actor("agent:usa-gov", "US government", ActorKind.ORGANIZATION,
      "USA", "GOV", Set.of());
  private static final Actor USA = new Actor("country:USA", "United States", ActorKind.COUNTRY, "USA", null, Set.of());

  private static Article article(String url, LocalDate date, String text) {
    return new Article(url, "A title", null, "Example News", date, "en", List.of(text));
  }

  private static Actor person(String name) {
    return new Actor(org.geokg.actor.ActorKey.person(name).value(), name, ActorKind.PERSON, "USA", null, Set.of());
  }

  private static ArticleGraph mentioning(String url, String text, Actor... people) {
    Map<Actor, Integer> actors = new java.util.LinkedHashMap<>();
    for (Actor a : people) {
      actors.put(a, 1);
    }
    return new ArticleGraph(article(url, LocalDate.of(2024, 5, 6), text), actors, List.of(), List.of());
  }

  @Test
  void storesDictionaryRoleValidAtArticleDate() throws IOException {
    String s0 = "President Barack Obama of the United States spoke in Washington on Monday.";
    var text = new ArticleGraph.RoleEvidence(new Role(OBAMA.key(), "president", USA.key(), null, 0), s0);
    var dictionary = new ArticleGraph.RoleEvidence(
        Role.fromDictionary(OBAMA.key(), "government", US_GOVERNMENT.key(), 0, LocalDate.of(2009, 1, 20), null), s0);
    ArticleGraph g = new ArticleGraph(article("https://example.org/obama", LocalDate.of(2012, 6, 4), s0),
        Map.of(OBAMA, 1, USA, 1, US_GOVERNMENT, 0), List.of(), List.of(text, dictionary));
    try (TestGraph db = new TestGraph("role-sources")) {
      db.writer.write(g);
      var edge = db.one("MATCH (:Person {key: 'person:barack-obama'})-[r:HOLDS_ROLE {source: 'dictionary'}]->"
          + "(a:Actor) RETURN a.key AS target, r.title AS title, r.`from` AS from, r.`to` AS to,"
          + " r.sentence AS sentence, r.articleId AS articleId, r.id AS id");
      assertThat(edge.get("target").asString()).isEqualTo("agent:usa-gov");
      assertThat(edge.get("title").asString()).isEqualTo("government");
      assertThat(edge.get("from").asLocalDate()).isEqualTo(LocalDate.of(2009, 1, 20));
      assertThat(edge.get("to").isNull()).isTrue();
      assertThat(edge.get("sentence").asString()).isEqualTo(s0);
      assertThat(edge.get("id").asString()).isEqualTo(g.idOf(dictionary).value());
      assertThat(db.one("MATCH ()-[r:HOLDS_ROLE {title: 'president'}]->() RETURN r.source AS s, r.`from` AS f")
          .get("s").asString()).isEqualTo("text");
      assertThat(db.one("MATCH (:Article)-[m:MENTIONS]->(:Actor {key: 'agent:usa-gov'}) RETURN count(m) AS n")
          .get("n").asLong()).as("the agent is written, not mentioned").isZero();

      ActorView view = db.queries.actor(OBAMA.key()).orElseThrow();
      assertThat(view.roles()).extracting(RoleView::title, RoleView::source, RoleView::from, RoleView::to)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("president", "text", null, null),
              org.assertj.core.groups.Tuple.tuple("government", "dictionary", "2009-01-20", null));

      String json = db.export(GraphExporter.Format.JSON);
      assertThat(json).contains("\"roleSource\":\"dictionary\"", "\"from\":\"2009-01-20\"", "\"roleSource\":\"text\"");
      String graphml = db.export(GraphExporter.Format.GRAPHML);
      assertThat(graphml).contains("attr.name=\"source\"", "<data key=\"e_source\">dictionary</data>",
          "<data key=\"e_from\">2009-01-20</data>", "<data key=\"e_source\">text</data>");
      assertThat(GraphExporter.RELATIONSHIPS_HEADER).endsWith(",source,from:date,to:date");
    }
  }

  @Test
  void rolesStoredBeforeSourcesAreFromTheText() throws IOException {
    try (TestGraph db = new TestGraph("role-sources-backfill")) {
      db.one("CREATE (:Actor:Person {key: 'person:a-b', name: 'A B', kind: 'PERSON'})-[:HOLDS_ROLE {title: 'envoy',"
          + " articleId: 'x'}]->(:Actor:Country {key: 'country:USA', name: 'United States', kind: 'COUNTRY'})"
          + " RETURN 1");
      assertThat(GraphSchema.backfillRoleSources(db.driver)).isEqualTo(1);
      assertThat(GraphSchema.backfillRoleSources(db.driver)).isZero();
      assertThat(db.one("MATCH ()-[r:HOLDS_ROLE]->() RETURN r.source AS s").get("s").asString()).isEqualTo("text");
    }
  }

  @Test
  void aSurnameWithSeveralCandidatesStaysApartAndSaysWhyUntilResolved() throws IOException {
    Actor biden = new Actor("person:biden", "Biden", ActorKind.PERSON, null, null, Set.of());
    try (TestGraph db = new TestGraph("unresolved-surname")) {
      db.writer.write(mentioning("https://example.org/joe", "Joe Biden spoke.", person("Joe Biden")));
      db.writer.write(mentioning("https://example.org/hunter", "Hunter Biden spoke.", person("Hunter Biden")));
      db.writer.write(mentioning("https://example.org/lone", "Biden spoke.", biden));
      assertThat(db.queries.actor("person:biden").orElseThrow().unresolvedReason())
          .isEqualTo("several candidates: Hunter Biden, Joe Biden");
      // A third bearer: the reason names them all.
      db.writer.write(mentioning("https://example.org/jill", "Jill Biden spoke.", person("Jill Biden")));
      assertThat(db.queries.actor("person:biden").orElseThrow().unresolvedReason())
          .isEqualTo("several candidates: Hunter Biden, Jill Biden, Joe Biden");
      assertThat(db.queries.actor("person:joe-biden").orElseThrow().unresolvedReason()).isNull();
    }
    Actor musk = new Actor("person:musk", "Musk", ActorKind.PERSON, null, null, Set.of());
    try (TestGraph db = new TestGraph("unresolved-then-resolved")) {
      db.writer.write(mentioning("https://example.org/musk", "Musk spoke.", musk));
      assertThat(db.queries.actor("person:musk").orElseThrow().unresolvedReason()).startsWith("no candidate");
      // The one bearer arrives: the lone name is absorbed, and its reason goes with it.
      db.writer.write(mentioning("https://example.org/elon", "Elon Musk spoke.", person("Elon Musk")));
      assertThat(db.queries.actor("person:musk")).isEmpty();
      assertThat(db.queries.actor("person:elon-musk").orElseThrow().unresolvedReason()).isNull();
    }
  }

  @Test
  void theReasonNamesTheCandidatesOrTheirAbsence() {
    assertThat(ActorDecisions.unresolvedReason("person:biden",
        Map.of("person:joe-biden", "Joe Biden", "person:hunter-biden", "Hunter Biden", "person:biden", "Biden")))
        .contains("several candidates: Hunter Biden, Joe Biden");
    assertThat(ActorDecisions.unresolvedReason("person:musk", Map.of("person:elon-musk", "Elon Musk"))).isEmpty();
    assertThat(ActorDecisions.unresolvedReason("person:musk", Map.of()))
        .hasValueSatisfying(why -> assertThat(why).startsWith("no candidate"));
  }
}
