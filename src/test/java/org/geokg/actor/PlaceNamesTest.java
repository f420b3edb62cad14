package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Institutions named with a place of one country (the places the field's dictionaries list under it)
 * act for that country, keeping the name the text gives them.
 */
class PlaceNamesTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());
  private static final ActorRecognizer WITHOUT_DICTIONARIES = new ActorRecognizer(Gazetteer.fromClasspath(), false);

  private static ArticleActors actors(ActorRecognizer r, String text) {
    return r.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2022, 5, 4)));
  }

  @Test
  void aCityPoliceForceIsItsCountrysPolice() {
    Actor police = actors(RECOGNIZER, "Chicago police arrested two men after the shooting.").actors().values().stream()
        .filter(a -> a.name().equals("Chicago police")).findFirst().orElseThrow();
    assertThat(police.code()).isEqualTo("USA");
    assertThat(police.sector()).isEqualTo("POL");
  }

  @Test
  void anOrganisationOpeningWithAStateTakesItsCountry() {
    ArticleActors found = actors(RECOGNIZER, "The Ohio Senate passed the bill on Tuesday.");
    assertThat(found.actors().values()).anySatisfy(a -> {
      assertThat(a.name()).contains("Ohio Senate");
      assertThat(a.code()).isEqualTo("USA");
    });
    assertThat(actors(WITHOUT_DICTIONARIES, "The Ohio Senate passed the bill on Tuesday.").actors().values())
        .allSatisfy(a -> assertThat(a.code()).isNull());
  }

  @Test
  void aSeaOrRiverNamedAfterACountryIsNotTheCountry() {
    assertThat(actors(RECOGNIZER, "Iran fired two missiles at a base in the Indian Ocean.").actors())
        .doesNotContainKey("country:IND");
    assertThat(actors(RECOGNIZER, "Gunmen attacked an oil terminal in the Niger River delta.").actors())
        .doesNotContainKey("country:NER");
    assertThat(actors(RECOGNIZER, "The Ivory Coast army attacked the town.").actors()).containsKey("agent:civ-mil");
  }

  @Test
  void policeAndCourtsNamedBareAreThoseOfThePlaceTheyActIn() {
    assertThat(actors(RECOGNIZER, "Police arrested three suspects in Lahore on Monday.").actors())
        .containsKey("agent:pak-pol");
  }
}
