package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A listed person's full name is that person even where the tagger misses it or calls it a place. */
class ListedPeopleUntaggedTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2012, 3, 12)));
  }

  @Test
  void aListedNameTheTaggerCallsAPlaceIsThePerson() {
    assertThat(actors("State television aired a fierce attack on Aung San Suu Kyi since her release.").actors())
        .hasEntrySatisfying("person:aung-san-suu-kyi", a -> assertThat(a.code()).isEqualTo("MMR"));
  }

  @Test
  void aListedHyphenatedNameOpeningTheSentenceIsThePersonWithoutTheComma() {
    ArticleActors found = actors("Ban Ki-moon, the head of the United Nations, flew to Nairobi for talks on Monday.");
    assertThat(found.actors()).hasEntrySatisfying("person:ban-ki-moon", a -> {
      assertThat(a.name()).isEqualTo("Ban Ki-moon");
      assertThat(a.code()).isEqualTo("IGO");
    });
  }
}
