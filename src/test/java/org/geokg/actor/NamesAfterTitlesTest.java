package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A person named right after a title is a person even where the tagger misses or mistags the name. */
class NamesAfterTitlesTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12)));
  }

  @Test
  void aNameTaggedAsPartOfThePlaceAfterTitleOfCountryIsThatCountrysPerson() {
    // the tagger reads "Kenya Uhuru Kenyatta" as one place
    assertThat(actors("The President of Kenya Uhuru Kenyatta calls in the army to end the riots.").actors())
        .hasEntrySatisfying("person:uhuru-kenyatta", a -> assertThat(a.code()).isEqualTo("KEN"));
  }

  @Test
  void aNameAfterTitleOfAnInstitutionActsForTheInstitutionsCountry() {
    // the tagger takes "Rada" into the name
    assertThat(actors("Lawmakers applaud as chairman of the Verkhovna Rada Dmytro Razumkov opens the session.").actors())
        .hasEntrySatisfying("person:dmytro-razumkov", a -> assertThat(a.code()).isEqualTo("UKR"));
  }

  @Test
  void aHyphenatedNameAfterATitleIsOnePerson() {
    ArticleActors found = actors("UN Secretary-General Ban Ki-moon arrives in Nairobi for talks.");
    assertThat(found.actors()).hasEntrySatisfying("person:ban-ki-moon", a -> assertThat(a.code()).isEqualTo("IGO"));
    assertThat(found.actors().keySet()).noneMatch(k -> k.startsWith("person:") && !k.equals("person:ban-ki-moon"));
  }

  @Test
  void oneCapitalisedWordAfterATitleIsNoNewPerson() {
    assertThat(actors("The President of Kenya Monday opened a new bridge.").actors().keySet())
        .noneMatch(k -> k.startsWith("person:"));
  }
}
