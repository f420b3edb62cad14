package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.actor.Actor;
import org.geokg.actor.Role;
import org.junit.jupiter.api.Test;

/** The Cypher parameters of a write, built last from the decided typed graph, and its fingerprint. */
class WriteParametersTest {

  /**
   * The fingerprints the writer stored, before the write path was typed, for these articles under
   * these decisions ({@code run} on the article): equal fingerprints keep re-ingesting an unchanged
   * article a no-op across the upgrade, and show the parameters are the same.
   */
  @Test
  void theFingerprintIsTheOneEarlierVersionsStoredForTheSameWrite() {
    assertThat(fingerprint(ActorDecisions.NONE, WriteExamples.inspection()))
        .isEqualTo("1341e13ee0275a1ad892d157c47d888e3c4ebfd16f80b6497a1602e0f01e0794");
    assertThat(fingerprint(WriteExamples.TRUMP_MERGES, WriteExamples.trump()))
        .isEqualTo("40357dfd59520e67dfb34fc051042684b8b5b0f6ff943b870d4cff5062bce4b8");
    assertThat(fingerprint(WriteExamples.MUSK_ALONE_DECISIONS, WriteExamples.muskAlone()))
        .isEqualTo("15b4c0e684de94404b07ef8e09be5afe27aa131fd2006c8d541ee2cb91ffa05b");
    assertThat(fingerprint(WriteExamples.MUSK_SPLIT_ONLY, WriteExamples.muskInFull()))
        .isEqualTo("afb334a265cf6b0f80621e77d0150dd1c3d36952e3045e76244951659ff52fba");
  }

  private static String fingerprint(ActorDecisions decisions, ArticleGraph g) {
    return WriteParameters.of(decisions.apply(g)).fingerprint();
  }

  @Test
  void theSameContentHasTheSameFingerprintWhateverOrderItsActorsCameIn() {
    ArticleGraph g = WriteExamples.inspection();
    List<Map.Entry<Actor, Integer>> entries = new ArrayList<>(g.actors().entrySet());
    java.util.Collections.reverse(entries);
    Map<Actor, Integer> reversed = new LinkedHashMap<>();
    entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
    ArticleGraph same = new ArticleGraph(g.article(), reversed, g.relations(), g.roles());
    assertThat(WriteParameters.of(same).fingerprint()).isEqualTo(WriteParameters.of(g).fingerprint());
  }

  @Test
  void aRoleWithNeitherPrincipalNorPostWritesNothing() {
    ArticleGraph g = WriteExamples.trump();
    List<ArticleGraph.RoleEvidence> more = new ArrayList<>(g.roles());
    more.add(new ArticleGraph.RoleEvidence(new Role(WriteExamples.TRUMP.key(), "president", null, null, 0), "s"));
    ArticleGraph withRole = new ArticleGraph(g.article(), g.actors(), g.relations(), more);
    assertThat(WriteParameters.of(withRole).fingerprint()).isEqualTo(WriteParameters.of(g).fingerprint());
  }

  @Test
  void aChangedSentenceChangesTheFingerprint() {
    ArticleGraph g = WriteExamples.muskInFull();
    var r = g.relations().get(0);
    ArticleGraph other = new ArticleGraph(g.article(), g.actors(), List.of(new org.geokg.event.Relation(r.type(),
        r.sourceKey(), r.targetKey(), r.date(), r.place(), r.confidence(), r.negated(), List.of("Musk met him."),
        r.modality(), r.attribution())), g.roles());
    assertThat(WriteParameters.of(other).fingerprint()).isNotEqualTo(WriteParameters.of(g).fingerprint());
  }

  @Test
  void aRelationStoresItsPartialDateAsTheIsoStringAndItsSpanOfDays() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> relations = (List<Map<String, Object>>) WriteParameters.of(WriteExamples.inspection())
        .write(List.of(), List.of(), Map.of()).get("relations");
    List<Map<String, Object>> props = relations.stream().map(r -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) r.get("props");
      return p;
    }).toList();
    assertThat(props.get(0)).containsEntry("date", "2024-11").containsEntry("dateFrom", LocalDate.of(2024, 11, 1))
        .containsEntry("dateTo", LocalDate.of(2024, 11, 30));
    assertThat(props.get(1)).containsEntry("date", null).containsEntry("dateFrom", null).containsEntry("dateTo", null);
    assertThat(props.get(2)).containsEntry("date", "2024").containsEntry("dateFrom", LocalDate.of(2024, 1, 1))
        .containsEntry("dateTo", LocalDate.of(2024, 12, 31));
  }

  @Test
  void theArticleReadLooksUpItsKeysItsLoneNamesAndTheSurnamesOfItsPeople() {
    Map<String, Object> p = WriteParameters.articleRead(WriteExamples.trump());
    assertThat(p).containsEntry("keys", List.of("country:IRN", "org:doge", "person:donald-trump", "person:trump"))
        .containsEntry("names", List.of(Map.of("key", "person:trump", "name", "Trump")))
        .containsEntry("surnames", List.of("Trump"))
        .containsEntry("id", WriteExamples.trump().article().id());
  }
}
