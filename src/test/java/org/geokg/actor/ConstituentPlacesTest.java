package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * A country's name inside a longer place name is not that country: the UK's constituent countries
 * are the UK's, and a place the field's dictionaries list under another country ("New Mexico") is
 * not the country its name ends with.
 */
class ConstituentPlacesTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());
  private static final ActorRecognizer WITHOUT_DICTIONARIES = new ActorRecognizer(Gazetteer.fromClasspath(), false);

  private static ArticleActors actors(ActorRecognizer r, String text) {
    return r.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12)));
  }

  @Test
  void northernIrelandIsTheUnitedKingdoms() {
    ArticleActors found = actors(RECOGNIZER, "Police in Northern Ireland arrested four men after a riot in Derry.");
    assertThat(found.actors()).containsKey("country:GBR").doesNotContainKey("country:IRL");
  }

  @Test
  void aScottishMinisterActsForTheUnitedKingdom() {
    ArticleActors found = actors(RECOGNIZER, "Scottish Health Secretary Fiona Campbell resigned on Monday.");
    assertThat(found.actors().values()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Fiona Campbell");
      assertThat(a.code()).isEqualTo("GBR");
    });
  }

  @Test
  void aStatePlaceEndingWithACountrysNameIsNotThatCountry() {
    String text = "Wildfires in New Mexico forced hundreds of families to flee on Sunday.";
    assertThat(actors(RECOGNIZER, text).actors()).doesNotContainKey("country:MEX");
    // without the dictionaries no place is known, and the name's last word is the country
    assertThat(actors(WITHOUT_DICTIONARIES, text).actors()).containsKey("country:MEX");
  }

  @Test
  void aStateOfAnotherCountryEndingWithAConstituentCountryIsNotTheUnitedKingdom() {
    ArticleActors found = actors(RECOGNIZER, "Floods in New South Wales cut off three towns near Sydney.");
    assertThat(found.actors()).doesNotContainKey("country:GBR");
  }

  @Test
  void theCountryAfterALowerCaseWordIsStillTheCountry() {
    assertThat(actors(RECOGNIZER, "The new Mexico trade deal was signed on Monday.").actors()).containsKey("country:MEX");
  }
}
