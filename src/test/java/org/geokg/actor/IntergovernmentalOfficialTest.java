package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A person titled as an intergovernmental body's official acts for it, not for the country of the post. */
class IntergovernmentalOfficialTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static Actor person(String text, String key) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12))).actor(key);
  }

  @Test
  void anEnvoyOfABodyToACountryActsForTheBody() {
    Actor envoy = person("United Nations Special Envoy to Libya Anders Lindqvist says any military action against "
        + "Libya must be taken after a decision by the Security Council.", "person:anders-lindqvist");
    assertThat(envoy.code()).isEqualTo("IGO");
    assertThat(envoy.sector()).isEqualTo("DIP");
  }

  @Test
  void aTitleOfABodyBeforeTheNameActsForTheBody() {
    assertThat(person("Ministers from Estonia met Secretary General of NATO Anders Lindqvist in Tallinn.",
        "person:anders-lindqvist").code()).isEqualTo("IGO");
  }

  @Test
  void aCountrysEnvoyToABodyIsStillTheCountrys() {
    assertThat(person("Estonian envoy to the United Nations Anders Lindqvist met rebel leaders in Sanaa.",
        "person:anders-lindqvist").code()).isEqualTo("EST");
  }
}
