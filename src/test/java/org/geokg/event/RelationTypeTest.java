package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationTypeTest {

  /** CAMEO root codes and the PLOVER types they map onto (shared/notes/metrics.md). */
  private static final Map<String, EnumSet<PloverType>> ROOTS = Map.ofEntries(
      Map.entry("02", EnumSet.of(PloverType.REQUEST)), Map.entry("03", EnumSet.of(PloverType.AGREE)),
      Map.entry("04", EnumSet.of(PloverType.CONSULT)), Map.entry("05", EnumSet.of(PloverType.SUPPORT)),
      Map.entry("06", EnumSet.of(PloverType.COOPERATE)), Map.entry("07", EnumSet.of(PloverType.AID)),
      Map.entry("08", EnumSet.of(PloverType.CONCEDE, PloverType.RETREAT)),
      Map.entry("09", EnumSet.of(PloverType.ACCUSE)), Map.entry("10", EnumSet.of(PloverType.REQUEST)),
      Map.entry("11", EnumSet.of(PloverType.ACCUSE)), Map.entry("12", EnumSet.of(PloverType.REJECT)),
      Map.entry("13", EnumSet.of(PloverType.THREATEN)), Map.entry("14", EnumSet.of(PloverType.PROTEST)),
      Map.entry("15", EnumSet.of(PloverType.MOBILIZE)), Map.entry("16", EnumSet.of(PloverType.SANCTION)),
      Map.entry("17", EnumSet.of(PloverType.COERCE)),
      Map.entry("18", EnumSet.of(PloverType.ASSAULT)), Map.entry("19", EnumSet.of(PloverType.ASSAULT)),
      Map.entry("20", EnumSet.of(PloverType.ASSAULT)));

  @Test
  void carriesThePloverTypeAndCameoCodeTheIssueNames() {
    assertThat(RelationType.MET_WITH.plover()).isEqualTo(PloverType.CONSULT);
    assertThat(RelationType.MET_WITH.cameo()).isEqualTo("040");
    assertThat(RelationType.SANCTIONED.plover()).isEqualTo(PloverType.SANCTION);
    assertThat(RelationType.SANCTIONED.cameo()).isEqualTo("163");
    assertThat(RelationType.MET_WITH.symmetric()).isTrue();
    assertThat(RelationType.SANCTIONED.symmetric()).isFalse();
  }

  /** PLOVER moved "sign formal agreement" (CAMEO 057) from diplomatic cooperation to AGREE. */
  private static final Map<String, PloverType> PLOVER_EXCEPTIONS = Map.of("057", PloverType.AGREE);

  @Test
  void everyCameoCodeFallsUnderARootOfItsPloverType() {
    for (RelationType t : RelationType.values()) {
      if (PLOVER_EXCEPTIONS.containsKey(t.cameo())) {
        assertThat(t.plover()).isEqualTo(PLOVER_EXCEPTIONS.get(t.cameo()));
        continue;
      }
      String root = t.cameo().substring(0, 2);
      assertThat(ROOTS).as("CAMEO root of %s", t).containsKey(root);
      assertThat(ROOTS.get(root)).as("PLOVER type of %s (CAMEO %s)", t, t.cameo()).contains(t.plover());
    }
  }

  @Test
  void someTypeCodesEachOfTheSixteenPloverTypes() {
    EnumSet<PloverType> covered = EnumSet.noneOf(PloverType.class);
    for (RelationType t : RelationType.values()) {
      covered.add(t.plover());
    }
    assertThat(covered).containsExactlyInAnyOrder(PloverType.values());
  }
}
