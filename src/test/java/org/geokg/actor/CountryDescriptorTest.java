package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A name the text opens with a descriptor that a country leads acts for that country. */
class CountryDescriptorTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static Actor actor(String sentence, String key) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(sentence, LocalDate.of(2019, 3, 1))).actor(key);
  }

  @Test
  void aDemonymBeforeATitleGivesThePersonsCountryAmongOthers() {
    Actor a = actor("Zambian President Edgar Lungu asks Cuba to recall its envoy.", "person:edgar-lungu");
    assertThat(a.code()).isEqualTo("ZMB");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void aForeignerHeldInAnotherCountryKeepsTheCountryOfTheirDescriptor() {
    assertThat(actor("A court in Belarus rejects an appeal by Canadian academic Martin Holloway against Peru.",
        "person:martin-holloway").code()).isEqualTo("CAN");
    assertThat(actor("A court in Belarus jails former U.S. Marine John Harlow for ten years.",
        "person:john-harlow").code()).isEqualTo("USA");
  }

  @Test
  void anOrganisationDescribedByItsCountryTakesIt() {
    assertThat(actor("Russia bans Latvian ice hockey club Dinamo Jurmala from the league in Finland.",
        "org:dinamo-jurmala").code()).isEqualTo("LVA");
  }

  @Test
  void aTitleOfANamedCountryJustBeforeTheNameGivesThatCountry() {
    assertThat(actor("The Prime Minister of Pakistan Tariq Mahmood meets the Indian leader in Delhi.",
        "person:tariq-mahmood").code()).isEqualTo("PAK");
  }

  @Test
  void aDemonymOfAnotherPhraseGivesNothing() {
    assertThat(actor("The Latvian minister met John Harlow and Russian officials on Monday.",
        "person:john-harlow").code()).isNull();
  }
}
