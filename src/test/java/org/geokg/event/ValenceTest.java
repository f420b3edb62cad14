package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Word valence from the VADER lexicon the event stage reads. */
class ValenceTest {

  @Test
  void theShippedLexiconRatesWordsOfCriticismNegativeAndOfPraisePositive() {
    Valence v = Valence.fromClasspath();
    assertThat(v.of("illegal").orElseThrow()).isLessThan(-1.5);
    assertThat(v.of("Pathetic").orElseThrow()).isLessThan(-1.5);
    assertThat(v.of("hero").orElseThrow()).isGreaterThan(2.0);
    assertThat(v.of("ministry")).isEmpty();
  }

  @Test
  void aMalformedLineNamesItsNumber() {
    byte[] text = "calm\t1.3\t0.5\nangry\tvery\t0.5\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Valence.read(new ByteArrayInputStream(text)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(":2:");
  }
}
