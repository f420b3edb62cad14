package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.article.Article;
import org.geokg.event.PairCandidate;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candidate pairs and their features on sentences written for the test (none from a benchmark). */
class PairCandidatesTest {

  private static ArticlePipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = ArticlePipeline.standalone(CoreNlpAnnotator.shared());
  }

  private static List<PairCandidate> candidates(String text) {
    var a = pipeline.analyse(new Article(null, null, null, null, LocalDate.of(2024, 5, 1), null, List.of(text)));
    return a.events().candidates().stream()
        .filter(c -> !a.actors().actor(c.source().actorKey()).key().equals(a.actors().actor(c.target().actorKey()).key()))
        .toList();
  }

  private static PairCandidate pair(List<PairCandidate> all, String source, String target) {
    return all.stream().filter(c -> c.source().actorKey().equals(source) && c.target().actorKey().equals(target))
        .findFirst().orElseThrow(() -> new AssertionError(source + " -> " + target + " not among " + all));
  }

  @Test
  void everyPairOfActorsInASentenceIsACandidateEachWay() {
    List<PairCandidate> all = candidates("Egypt hosted talks between Israel and Hamas in Cairo on Monday.");
    assertThat(all).extracting(c -> c.source().actorKey() + ">" + c.target().actorKey())
        .contains("country:EGY>country:ISR", "country:ISR>country:EGY");
  }

  @Test
  void readsTheSubjectVerbObjectShapeOfAnAttackAndWhatTheDictionariesSayOfIt() {
    List<PairCandidate> all = candidates("Russia attacked Ukraine with drones overnight.");
    PairCandidate forward = pair(all, "country:RUS", "country:UKR");
    assertThat(forward.features()).contains("topw:attack|nsubj|obj", "topt:ASSAULT|nsubj|obj", "ord=ST",
        "rule:ASSAULT");
    PairCandidate backward = pair(all, "country:UKR", "country:RUS");
    assertThat(backward.features()).contains("topw:attack|obj|nsubj", "ord=TS", "rrule:ASSAULT")
        .doesNotContain("rule:ASSAULT");
  }

  @Test
  void marksNegationAndHedgesNearThePair() {
    assertThat(pair(candidates("France did not sanction Iran after the vote."), "country:FRA", "country:IRN")
        .features()).contains("neg");
    assertThat(pair(candidates("Germany could sanction Iran after the vote."), "country:DEU", "country:IRN")
        .features()).contains("hedge");
  }
}
