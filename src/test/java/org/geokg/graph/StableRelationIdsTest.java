package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.event.Modality;
import org.geokg.event.PartialDate;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;
import org.geokg.graph.GraphViews.PathEdge;
import org.geokg.graph.GraphViews.RelationView;
import org.junit.jupiter.api.Test;

/**
 * Relation ids on real databases: the same article written into a rebuilt database gives its edges
 * the same ids; a listed id finds its evidence; edges stored before ids existed get theirs at
 * start-up; edges moved by an analyst's merge or split take the ids of their new actors.
 */
class StableRelationIdsTest {

  private static final Actor USA = new Actor("country:USA", "United States", ActorKind.COUNTRY, "USA", null, Set.of());
  private static final Actor IRAN = new Actor("country:IRN", "Iran", ActorKind.COUNTRY, "IRN", null, Set.of());
  private static final Actor MUSK = new Actor("person:elon-musk", "Elon Musk", ActorKind.PERSON, "USA", null, Set.of());
  private static final Actor IRAVANI = new Actor("person:amir-saeid-iravani", "Amir Saeid Iravani", ActorKind.PERSON,
      "IRN", null, Set.of());
  private static final Actor BIDEN = new Actor("person:joe-biden", "Joe Biden", ActorKind.PERSON, "USA", null, Set.of());
  private static final Actor DOGE = new Actor("org:doge", "DOGE", ActorKind.ORGANIZATION, null, null, Set.of());
  private static final Actor EFFICIENCY = new Actor("org:department-of-government-efficiency",
      "Department of Government Efficiency", ActorKind.ORGANIZATION, null, null, Set.of("DOGE"));

  /** A fresh graph, with the ids it holds read back. */
  private static final class Db extends TestGraph {
    Db(String name) throws IOException {
      super(name);
    }

    /** Every edge between actors, "source TYPE target article [title]" to its stored id. */
    Map<String, String> ids() {
      Map<String, String> out = new LinkedHashMap<>();
      for (var r : rows("MATCH (s:Actor)-[r]->(t:Actor) RETURN s.key + ' ' + type(r) + ' ' + t.key + ' '"
          + " + r.articleId + coalesce(' ' + r.title, '') AS edge, r.id AS id ORDER BY edge")) {
        assertThat(out.put(r.get("edge").asString(), r.get("id").asString(null))).as("one edge per identity").isNull();
      }
      return out;
    }

    Map<String, String> elementIds() {
      Map<String, String> out = new HashMap<>();
      rows("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id, elementId(r) AS ref")
          .forEach(r -> out.put(r.get("id").asString(), r.get("ref").asString()));
      return out;
    }

    /** Every edge between actors carries the id its identity gives, and no two share one. */
    void assertEveryEdgeHasTheIdOfItsIdentity() {
      List<String> ids = new ArrayList<>();
      for (var r : rows("MATCH (s:Actor)-[r]->(t:Actor) RETURN type(r) AS type, s.key AS source, t.key AS target,"
          + " r.articleId AS articleId, r.title AS title, r.id AS id")) {
        RelationId expected = RelationId.ofStored(r.get("type").asString(), r.get("source").asString(),
            r.get("target").asString(), r.get("articleId").asString(), r.get("title").asString(null));
        assertThat(r.get("id").asString(null)).as("%s", r).isEqualTo(expected.value());
        ids.add(expected.value());
      }
      assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }
  }

  private static Relation relation(RelationType type, Actor source, Actor target, String sentence) {
    return new Relation(type, source.key(), target.key(), PartialDate.parse("2024-11-15"), null, 0.9, false,
        List.of(sentence), Modality.ASSERTED, null);
  }

  private static Article article(String url, String... sentences) {
    return new Article(url, "title", null, "Example", LocalDate.of(2024, 11, 15), "en", List.of(sentences));
  }

  /** Musk met Iran's ambassador; the United States sanctioned Iran. */
  private static ArticleGraph meeting() {
    String met = "Elon Musk met with Iran's ambassador Amir Saeid Iravani.";
    String sanctioned = "The United States sanctioned Iran.";
    return new ArticleGraph(article("https://example.org/meeting", met, sanctioned),
        Map.of(MUSK, 1, IRAVANI, 1, IRAN, 2, USA, 1),
        List.of(relation(RelationType.MET_WITH, MUSK, IRAVANI, met), relation(RelationType.SANCTIONED, USA, IRAN, sanctioned)),
        List.of(new ArticleGraph.RoleEvidence(new Role(IRAVANI.key(), "ambassador", IRAN.key(), null, 0), met)));
  }

  private static ArticleGraph criticism() {
    String s = "Joe Biden criticized Iran.";
    return new ArticleGraph(article("https://example.org/criticism", s), Map.of(BIDEN, 1, IRAN, 1),
        List.of(relation(RelationType.CRITICIZED, BIDEN, IRAN, s)), List.of());
  }

  @Test
  void anEdgeKeepsItsIdWhenTheDatabaseIsRebuiltAndTheArticleWrittenAgain() throws Exception {
    Map<String, String> first;
    Map<String, String> firstRefs;
    try (Db db = new Db("ids-first")) {
      db.writer.write(meeting());
      first = db.ids();
      firstRefs = db.elementIds();
    }
    try (Db db = new Db("ids-rebuilt")) {
      db.writer.write(criticism()); // another article first: the rebuilt store numbers its edges differently
      db.writer.write(meeting());
      assertThat(first).hasSize(3).doesNotContainValue(null);
      assertThat(db.ids()).containsAllEntriesOf(first);
      Map<String, String> refs = db.elementIds();
      first.values().forEach(id -> assertThat(refs.get(id)).as("element id of %s", id).isNotEqualTo(firstRefs.get(id)));
      db.assertEveryEdgeHasTheIdOfItsIdentity();
    }
  }

  @Test
  void theIdOfAListedRelationANetworkEdgeOrAPathStepFindsItsEvidence() throws Exception {
    try (Db db = new Db("ids-evidence")) {
      db.writer.write(meeting());
      Map<String, String> stored = db.ids();
      List<RelationView> listed = db.queries.relations(RelationFilter.NONE, null, 100).items();
      assertThat(listed).hasSize(2).allSatisfy(r -> {
        assertThat(stored).containsValue(r.id());
        assertThat(db.queries.evidence(r.id())).hasValueSatisfying(e -> assertThat(e.relation()).isEqualTo(r));
      });
      assertThat(db.queries.egoNetwork(MUSK.key(), 1, RelationFilter.NONE, 10, 10).orElseThrow().edges())
          .isNotEmpty().allSatisfy(e -> assertThat(db.queries.evidence(e.relationId())).isPresent());
      List<PathEdge> steps = db.queries.paths(MUSK.key(), IRAN.key(), 4, false, true, RelationFilter.NONE, 1).get(0).edges();
      assertThat(steps).extracting(PathEdge::type).containsExactly("MET_WITH", "HOLDS_ROLE");
      assertThat(steps).extracting(PathEdge::id).allSatisfy(id -> assertThat(stored).containsValue(id));
      assertThat(db.queries.evidence(stored.get("person:amir-saeid-iravani HOLDS_ROLE country:IRN "
          + meeting().article().id() + " ambassador"))).as("a role is no event relation").isEmpty();
      assertThat(db.queries.evidence("0123456789abcdef")).isEmpty();
      assertThat(db.queries.evidence("5:not-an-id:1")).isEmpty();
    }
  }

  @Test
  void edgesStoredWithoutIdsGetTheirsAtStartUp() throws Exception {
    try (Db db = new Db("ids-backfill")) {
      db.writer.write(meeting());
      db.writer.write(criticism());
      Map<String, String> written = db.ids();
      db.rows("MATCH ()-[r]->() REMOVE r.id");
      assertThat(db.ids()).containsOnlyKeys(written.keySet()).containsValue(null);

      assertThat(RelationIds.backfill(db.driver, 1)).as("one edge a transaction").isEqualTo(written.size());
      assertThat(db.ids()).isEqualTo(written);

      db.rows("MATCH ()-[r:MET_WITH]->() REMOVE r.id");
      new GraphSchema(db.driver); // as at start-up
      assertThat(db.ids()).isEqualTo(written);
      assertThat(RelationIds.backfill(db.driver, 1)).isZero();
    }
  }

  @Test
  void aMergedActorsEdgesTakeTheIdsOfTheirNewIdentityAndTwoThatBecomeOneKeepOne() throws Exception {
    String both = "DOGE and the Department of Government Efficiency criticized Joe Biden.";
    String met = "DOGE met with Elon Musk, its head.";
    ArticleGraph g = new ArticleGraph(article("https://example.org/doge", both, met),
        Map.of(DOGE, 2, EFFICIENCY, 1, BIDEN, 1, MUSK, 1),
        List.of(relation(RelationType.CRITICIZED, DOGE, BIDEN, both), relation(RelationType.CRITICIZED, EFFICIENCY, BIDEN, both),
            relation(RelationType.MET_WITH, DOGE, MUSK, met)),
        List.of(new ArticleGraph.RoleEvidence(new Role(MUSK.key(), "head", DOGE.key(), null, 1), met)));
    String art = g.article().id();
    try (Db db = new Db("ids-merge")) {
      db.writer.write(g);
      String kept = db.ids().get(EFFICIENCY.key() + " CRITICIZED " + BIDEN.key() + " " + art);

      Curation c = db.curation.merge(EFFICIENCY.key(), DOGE.key(), "test");

      assertThat(c).isInstanceOf(Curation.Merged.class);
      Map<String, String> merged = db.ids();
      assertThat(merged).containsOnly(
          Map.entry(EFFICIENCY.key() + " CRITICIZED " + BIDEN.key() + " " + art, kept),
          Map.entry(EFFICIENCY.key() + " MET_WITH " + MUSK.key() + " " + art,
              RelationId.ofEvent(RelationType.MET_WITH, EFFICIENCY.key(), MUSK.key(), art).value()),
          Map.entry(MUSK.key() + " HOLDS_ROLE " + EFFICIENCY.key() + " " + art + " head",
              RelationId.ofRole(MUSK.key(), EFFICIENCY.key(), "head", art).value()));
      db.assertEveryEdgeHasTheIdOfItsIdentity();

      // Writing the article again under the merge decision reaches the same edges and ids.
      assertThat(db.writer.write(g)).isEqualTo(GraphWriter.Outcome.WRITTEN);
      assertThat(db.ids()).isEqualTo(merged);
    }
  }

  @Test
  void anEdgeMovedByAnAliasSplitTakesTheIdOfItsNewActor() throws Exception {
    String byAlias = "DOGE criticized Joe Biden.";
    String byName = "The Department of Government Efficiency met with Joe Biden.";
    ArticleGraph alias = new ArticleGraph(article("https://example.org/alias", byAlias), Map.of(EFFICIENCY, 1, BIDEN, 1),
        List.of(relation(RelationType.CRITICIZED, EFFICIENCY, BIDEN, byAlias)), List.of());
    ArticleGraph name = new ArticleGraph(article("https://example.org/name", byName), Map.of(EFFICIENCY, 1, BIDEN, 1),
        List.of(relation(RelationType.MET_WITH, EFFICIENCY, BIDEN, byName)), List.of());
    try (Db db = new Db("ids-split")) {
      db.writer.write(alias);
      db.writer.write(name);
      Map<String, String> before = db.ids();

      Curation c = db.curation.split(EFFICIENCY.key(), "DOGE", null, null, "test");

      assertThat(c).isInstanceOfSatisfying(Curation.Split.class,
          s -> assertThat(s.articles()).containsExactly(alias.article().id()));
      String staying = EFFICIENCY.key() + " MET_WITH " + BIDEN.key() + " " + name.article().id();
      assertThat(db.ids()).containsOnly(Map.entry(staying, before.get(staying)),
          Map.entry("org:doge CRITICIZED " + BIDEN.key() + " " + alias.article().id(),
              RelationId.ofEvent(RelationType.CRITICIZED, "org:doge", BIDEN.key(), alias.article().id()).value()));
      db.assertEveryEdgeHasTheIdOfItsIdentity();
    }
  }
}
