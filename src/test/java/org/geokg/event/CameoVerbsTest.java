package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped PETRARCH verb dictionary, read through the CAMEO-to-PLOVER table. */
class CameoVerbsTest {

  private final CameoVerbs cameo = CameoVerbs.fromClasspath();

  @Test
  void readsVerbsWithTheirOwnCodes() {
    assertThat(cameo.lookup("accuse").orElseThrow().type()).isEqualTo(PloverType.ACCUSE);
    assertThat(cameo.lookup("ask").orElseThrow().type()).isEqualTo(PloverType.REQUEST);
    assertThat(cameo.lookup("affirm").orElseThrow().type()).isEqualTo(PloverType.SUPPORT);
  }

  @Test
  void synonymsShareTheirBlocksObjectPatterns() {
    // "RUSH AID [070]" is written under ACCELERATE; EXPEDITE, HASTEN and RUSH share the block
    assertThat(cameo.lookup("rush").orElseThrow().patterns())
        .contains(new CameoVerbs.ObjectPattern("aid", PloverType.AID));
    assertThat(cameo.lookup("hasten").orElseThrow().patterns())
        .contains(new CameoVerbs.ObjectPattern("aid", PloverType.AID));
  }

  @Test
  void listsThousandsOfVerbsAndNoInventedOnes() {
    assertThat(cameo.size()).isGreaterThan(1_000);
    assertThat(cameo.lookup("geokg")).isEmpty();
  }
}
