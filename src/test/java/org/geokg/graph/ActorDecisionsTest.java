package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geokg.graph.WriteExamples.DOGE;
import static org.geokg.graph.WriteExamples.DONALD_TRUMP;
import static org.geokg.graph.WriteExamples.ELON_MUSK;
import static org.geokg.graph.WriteExamples.ELON_MUSK_STORED;
import static org.geokg.graph.WriteExamples.GUTERRES;
import static org.geokg.graph.WriteExamples.IRAN;
import static org.geokg.graph.WriteExamples.MUSK;
import static org.geokg.graph.WriteExamples.MUSK_SPLIT;
import static org.geokg.graph.WriteExamples.TESLA_BOSS;
import static org.geokg.graph.WriteExamples.TRUMP;
import static org.geokg.graph.WriteExamples.TRUMP_MERGES;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;
import org.junit.jupiter.api.Test;

/** The rewriting of one article's graph by analyst merges, lone surnames and alias splits. */
class ActorDecisionsTest {

  private static Actor actor(ArticleGraph g, String key) {
    return g.actors().keySet().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  private static List<String> keys(ArticleGraph g) {
    return g.actors().keySet().stream().map(Actor::key).sorted().toList();
  }

  @Test
  void withoutDecisionsAnArticleIsWrittenAsItSaysIt() {
    for (ArticleGraph g : List.of(WriteExamples.inspection(), WriteExamples.muskAlone(), WriteExamples.muskInFull())) {
      assertThat(ActorDecisions.NONE.apply(g)).isEqualTo(g);
    }
  }

  @Test
  void aMergedKeyWritesOntoTheActorItJoinedWithItsNameAsAlias() {
    ArticleGraph decided = TRUMP_MERGES.apply(WriteExamples.trump());
    assertThat(keys(decided)).containsExactly("country:IRN", "org:dge", DONALD_TRUMP.key());
    Actor dge = actor(decided, "org:dge");
    assertThat(dge.aliases()).containsExactly("DOGE");
    assertThat(dge.name()).as("the name the article gives it, used only if the actor is new").isEqualTo("DOGE");
    Actor trump = actor(decided, DONALD_TRUMP.key());
    assertThat(trump.name()).isEqualTo("Donald Trump");
    assertThat(trump.aliases()).containsExactlyInAnyOrder("President Trump", "Trump");
    assertThat(trump.code()).isEqualTo("USA");
    assertThat(decided.actors().get(trump)).as("mentions of both add up").isEqualTo(5);
  }

  @Test
  void aRelationThatBecameASelfLoopIsDroppedAndTwoThatBecameOneEdgeAreCombined() {
    ArticleGraph decided = TRUMP_MERGES.apply(WriteExamples.trump());
    assertThat(decided.relations()).extracting(Relation::type)
        .containsExactly(RelationType.SANCTIONED, RelationType.SPOKE_WITH); // "Trump met Donald Trump" is gone
    Relation sanctioned = decided.relations().get(0);
    assertThat(sanctioned.sourceKey()).isEqualTo(DONALD_TRUMP.key());
    assertThat(sanctioned.sentences()).containsExactly("Trump sanctioned Iran on 2024-11-14.",
        "Donald Trump sanctioned Iran.");
    assertThat(sanctioned.confidence()).as("the best of both").isEqualTo(0.8);
    assertThat(sanctioned.date()).as("the first one's").hasToString("2024-11-14");
  }

  @Test
  void aSymmetricRelationReportedBothWaysIsOneEdgeInTheFirstOnesDirection() {
    ArticleGraph decided = TRUMP_MERGES.apply(WriteExamples.trump());
    Relation spoke = decided.relations().get(1);
    assertThat(List.of(spoke.sourceKey(), spoke.targetKey())).containsExactly(DONALD_TRUMP.key(), "org:dge");
    assertThat(spoke.sentences()).containsExactly("Trump, the head of DOGE, spoke with DOGE.",
        "Trump met Donald Trump.");
    assertThat(spoke.confidence()).isEqualTo(0.9);
  }

  @Test
  void rolesFollowTheirActorsAndDropWhatBecameTheirOwnTarget() {
    ArticleGraph decided = TRUMP_MERGES.apply(WriteExamples.trump());
    // "head of DOGE" twice is one edge; Trump "president" of Donald Trump joins him to himself;
    // DOGE's post (Donald Trump) became its principal, so the edge has no separate post.
    assertThat(decided.roles()).extracting(ArticleGraph.RoleEvidence::role).containsExactly(
        new Role(DONALD_TRUMP.key(), "head", "org:dge", null, 3),
        new Role("org:dge", "ally", DONALD_TRUMP.key(), null, 0));
  }

  @Test
  void aLoneSurnameWritesOntoTheOnePersonOfTheGraphWithThatSurname() {
    ArticleGraph decided = new ActorDecisions(Map.of(), Map.of(MUSK.key(), ELON_MUSK.key()), List.of(), Map.of())
        .apply(WriteExamples.muskAlone());
    assertThat(keys(decided)).containsExactly(GUTERRES.key(), ELON_MUSK.key(), TESLA_BOSS.key());
    assertThat(actor(decided, ELON_MUSK.key()).aliases()).containsExactly("Musk");
    assertThat(decided.relations().get(0).targetKey()).isEqualTo(ELON_MUSK.key());
  }

  @Test
  void aSplitMovesAnArticleThatNamesTheActorOnlyByTheAliasToTheActorItNames() {
    // "Musk met Guterres": the surname would send Musk to Elon Musk, but the analyst split "Musk" off.
    ArticleGraph decided = new ActorDecisions(Map.of(), Map.of(MUSK.key(), ELON_MUSK.key()), List.of(MUSK_SPLIT),
        ELON_MUSK_STORED).apply(WriteExamples.muskAlone());
    assertThat(keys(decided)).contains(MUSK.key()).doesNotContain(ELON_MUSK.key());
    Actor musk = actor(decided, MUSK.key());
    assertThat(musk.name()).isEqualTo("Musk");
    assertThat(musk.code()).as("the article knows nothing of this Musk but the alias").isNull();
    assertThat(musk.sector()).isNull();
    assertThat(decided.relations().get(0).targetKey()).isEqualTo(MUSK.key());
  }

  @Test
  void anActorMergedIntoTheSplitOffActorJoinsIt() {
    ArticleGraph decided = WriteExamples.MUSK_ALONE_DECISIONS.apply(WriteExamples.muskAlone());
    assertThat(keys(decided)).containsExactly(GUTERRES.key(), MUSK.key());
    Actor musk = actor(decided, MUSK.key());
    assertThat(musk.name()).isEqualTo("Musk");
    assertThat(musk.aliases()).containsExactlyInAnyOrder("Musk", "Tesla boss", "the Tesla chief");
    assertThat(musk.code()).as("from the merged Tesla boss").isEqualTo("USA");
    assertThat(decided.actors().get(musk)).isEqualTo(2);
    assertThat(decided.relations()).extracting(Relation::sourceKey).containsExactly(GUTERRES.key(), MUSK.key());
  }

  @Test
  void anArticleThatAlsoNamesTheActorInFullStaysOnItWithoutTheSplitAlias() {
    ArticleGraph decided = WriteExamples.MUSK_SPLIT_ONLY.apply(WriteExamples.muskInFull());
    assertThat(keys(decided)).containsExactly(GUTERRES.key(), ELON_MUSK.key());
    assertThat(actor(decided, ELON_MUSK.key()).aliases()).as("never given back").doesNotContain("Musk");
    assertThat(decided.relations().get(0).targetKey()).isEqualTo(ELON_MUSK.key());
  }

  @Test
  void theKeysAWriteTouchesAreItsOwnAndThoseTheDecisionsSendThemTo() {
    assertThat(WriteExamples.MUSK_ALONE_DECISIONS.touched(WriteExamples.muskAlone()))
        .containsExactlyInAnyOrder(GUTERRES.key(), MUSK.key(), TESLA_BOSS.key(), ELON_MUSK.key());
    assertThat(TRUMP_MERGES.touched(WriteExamples.trump()))
        .containsExactlyInAnyOrder(TRUMP.key(), DONALD_TRUMP.key(), IRAN.key(), DOGE.key(), "org:dge");
  }

  @Test
  void aKeyIsResolvedByAMergeOrByItsSurnameNeverBoth() {
    assertThatThrownBy(() -> new ActorDecisions(Map.of(MUSK.key(), TESLA_BOSS.key()),
        Map.of(MUSK.key(), ELON_MUSK.key()), List.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void surnamesAreThoseOfPeopleNamedInFull() {
    Actor musk = new Actor("person:musk", " Musk ", ActorKind.PERSON, null, null, Set.of());
    Actor tesla = new Actor("org:tesla-motors", "Tesla Motors", ActorKind.ORGANIZATION, null, null, Set.of());
    assertThat(ActorDecisions.surnamesByKey(List.of(tesla, musk, ELON_MUSK, DONALD_TRUMP)))
        .containsExactly(Map.entry(DONALD_TRUMP.key(), "Trump"), Map.entry(ELON_MUSK.key(), "Musk"));
    assertThat(ActorDecisions.isLoneName(musk)).isTrue();
    assertThat(ActorDecisions.isLoneName(tesla)).isFalse();
  }
}
