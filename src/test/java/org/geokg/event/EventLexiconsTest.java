package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The event stage's lists are read once per process and handed to every extractor. */
class EventLexiconsTest {

  @Test
  void theClasspathListsAreReadOnce() {
    EventLexicons first = EventLexicons.fromClasspath();
    assertThat(EventLexicons.fromClasspath()).isSameAs(first);
    assertThat(first.cameo()).isSameAs(CameoVerbs.fromClasspath());
  }

  @Test
  void everyListIsRequired() {
    EventLexicons l = EventLexicons.fromClasspath();
    assertThatThrownBy(() -> new EventLexicons(l.triggers(), null, l.discards(), l.valence()))
        .isInstanceOf(NullPointerException.class);
  }
}
