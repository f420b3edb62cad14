package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ExtractionMetric.tokens("Élysée, l'Été — São Paulo 2019!"))
        .containsExactly("Élysée", "l", "Été", "São", "Paulo", "2019");
  }

  @Test
  void shinglesOverlapAndCountRepeats() {
    assertThat(ExtractionMetric.shingles("a b c d e")).isEqualTo(Map.of("a b c d", 1, "b c d e", 1));
    assertThat(ExtractionMetric.shingles("a b c d a b c d"))
        .isEqualTo(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    assertThat(ExtractionMetric.shingles("short text")).isEqualTo(Map.of("short text", 1));
    assertThat(ExtractionMetric.shingles("  ... ")).isEmpty();
  }

  @Test
  void identicalTextsScoreOne() {
    ExtractionMetric.PageScore s = ExtractionMetric.score("One two three four five.", "One, two three four five");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void partialOverlapGivesKnownPrecisionAndRecall() {
    // truth shingles: abcd bcde cdef (3); predicted: abcd bcde cdex dexy (4); TP = 2
    ExtractionMetric.PageScore s = ExtractionMetric.score("a b c d e x y", "a b c d e f");
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3.0, within(1e-9));
  }

  @Test
  void caseMatters() {
    ExtractionMetric.PageScore s = ExtractionMetric.score("A b c d", "a b c d");
    assertThat(s.precision()).isZero();
    assertThat(s.recall()).isZero();
  }

  @Test
  void repeatsAreMatchedAsAMultiset() {
    // predicted has "a b c d" twice, truth once: TP 1, FP 1 (plus the 3 other predicted shingles)
    ExtractionMetric.PageScore s = ExtractionMetric.score("a b c d a b c d", "a b c d");
    assertThat(s.precision()).isCloseTo(1.0 / 5.0, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void emptyOrMissingPredictionScoresZero() {
    assertThat(ExtractionMetric.score("", "a b c d")).isEqualTo(new ExtractionMetric.PageScore(0, 0));
    assertThat(ExtractionMetric.score(null, "a b c d")).isEqualTo(new ExtractionMetric.PageScore(0, 0));
    assertThat(ExtractionMetric.score("", "")).isEqualTo(new ExtractionMetric.PageScore(0, 0));
  }

  @Test
  void shortTextsAreOneShingle() {
    assertThat(ExtractionMetric.score("x y", "x y")).isEqualTo(new ExtractionMetric.PageScore(1, 1));
    assertThat(ExtractionMetric.score("x y z", "x y")).isEqualTo(new ExtractionMetric.PageScore(0, 0));
  }

  @Test
  void averagesOverTruthPagesAndTakesF1OfTheAverages() {
    Map<String, String> truth = Map.of("p1", "a b c d e f", "p2", "g h i j", "p3", "k l m n");
    // p1: P 0.5 R 2/3; p2: P 1 R 1; p3 missing: 0 0
    Map<String, String> predicted = Map.of("p1", "a b c d e x y", "p2", "g h i j", "other", "k l m n");
    ExtractionMetric.Score s = ExtractionMetric.evaluate(predicted, truth);
    double p = (0.5 + 1 + 0) / 3;
    double r = (2.0 / 3 + 1 + 0) / 3;
    assertThat(s.pages()).isEqualTo(3);
    assertThat(s.precision()).isCloseTo(p, within(1e-9));
    assertThat(s.recall()).isCloseTo(r, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
  }
}
