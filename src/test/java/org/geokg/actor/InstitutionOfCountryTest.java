package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** An organisation named "... of [the] COUNTRY" belongs to that country. */
class InstitutionOfCountryTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12)));
  }

  private static Actor named(ArticleActors found, String name) {
    return found.actors().values().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void anAssemblyOfACountryIsThatCountrys() {
    // the tagger takes the country into the organisation's name, so the sentence names no country
    Actor assembly = named(actors("The National Assembly of Gabon votes to try former minister Paul Mba."),
        "National Assembly of Gabon");
    assertThat(assembly.code()).isEqualTo("GAB");
  }

  @Test
  void aPersonBeforeTheCountrysCourtTakesItsCountry() {
    Actor court = named(actors("The Supreme Court of Japan rejected a retrial for Haruko Mitsuishi, a retired nurse."),
        "Supreme Court of Japan");
    assertThat(court.code()).isEqualTo("JPN");
    assertThat(court.sector()).isEqualTo("JUD");
    ArticleActors found = actors("The Supreme Court of Japan rejected a retrial for Haruko Mitsuishi, a retired nurse.");
    assertThat(named(found, "Haruko Mitsuishi").code()).isEqualTo("JPN");
  }
}
