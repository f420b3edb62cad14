package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier's table: probabilities, decisions beside the rules, and its text form. */
class PairModelTest {

  private static List<String> labels() {
    List<String> l = new ArrayList<>(List.of(PairModel.NONE, PairModel.EVENT));
    for (PloverType t : PloverType.values()) {
      l.add(t.name());
    }
    return l;
  }

  /** A model that knows one thing: "topw:attack|nsubj|obj" is an ASSAULT. */
  private static PairModel attackModel(double threshold) {
    List<String> labels = labels();
    double[] attack = new double[labels.size()];
    attack[1] = 4;
    attack[labels.indexOf("ASSAULT")] = 5;
    double[] bias = new double[labels.size()];
    bias[0] = 2;
    return new PairModel(labels, Map.of("BIAS", bias, "topw:attack|nsubj|obj", attack), threshold, List.of("test"));
  }

  @Test
  void aTypesProbabilityIsThatOfAnEventTimesThatOfTheType() {
    PairModel m = attackModel(0.5);
    double[] p = m.probabilities(List.of("BIAS", "topw:attack|nsubj|obj"));
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    double types = 0;
    for (int i = 2; i < p.length; i++) {
      types += p[i];
    }
    assertThat(types).isCloseTo(p[1], org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.decide(List.of("BIAS", "topw:attack|nsubj|obj")).type()).isEqualTo(PloverType.ASSAULT);
  }

  @Test
  void addsAnEventOnlyAtOrAboveItsThresholdButKeepsWhatTheRulesFound() {
    List<String> attack = List.of("BIAS", "topw:attack|nsubj|obj");
    assertThat(attackModel(0.5).events(attack)).extracting(PairModel.Decision::type).containsExactly(PloverType.ASSAULT);
    assertThat(attackModel(0.99).events(attack)).isEmpty();
    List<String> ruled = List.of("BIAS", PairModel.RULE_FEATURE + "CONSULT");
    assertThat(attackModel(0.99).events(ruled)).extracting(PairModel.Decision::type).containsExactly(PloverType.CONSULT);
    assertThat(attackModel(0.99).events(ruled).get(0).probability()).isBetween(0.001, 0.5);
  }

  @Test
  void writesAndReadsBackTheSameModel() throws Exception {
    StringWriter w = new StringWriter();
    attackModel(0.7).write(w);
    PairModel back = PairModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.threshold()).isEqualTo(0.7);
    assertThat(back.provenance()).containsExactly("test");
    assertThat(back.probabilities(List.of("BIAS", "topw:attack|nsubj|obj")))
        .containsExactly(attackModel(0.7).probabilities(List.of("BIAS", "topw:attack|nsubj|obj")),
            org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void refusesATableWithoutItsClasses() {
    assertThatThrownBy(() -> new PairModel(List.of("ASSAULT"), Map.of(), 0.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PairModel.read(new ByteArrayInputStream("BIAS\t1\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedModelSaysHowItWasMade() {
    PairModel shipped = PairModel.fromClasspath().orElseThrow();
    assertThat(shipped.provenance()).anyMatch(l -> l.contains("news-train.json"))
        .anyMatch(l -> l.startsWith("cross-validated"));
  }
}
