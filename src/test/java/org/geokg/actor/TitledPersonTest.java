package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A person named with a bare title takes the country the sentence names, if that is theirs. */
class TitledPersonTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static String code(String sentence, String personKey) {
    ArticleActors found = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(sentence, LocalDate.of(2024, 11, 15)));
    return found.actor(personKey).code();
  }

  @Test
  void titledPersonTakesTheOneCountryTheSentenceNames() {
    assertThat(code("Brazilian farmers cheered as President Lula signed the decree.", "person:lula")).isEqualTo("BRA");
  }

  @Test
  void aCountryNamedAsTheOtherPartyIsNotTheTitledPersonsOwn() {
    assertThat(code("President Lula threatened retaliation against Argentina on Monday.", "person:lula")).isNull();
  }

  @Test
  void aKnownHeadOfStateActsForTheirCountryWhenTheTextGivesNone() {
    assertThat(code("Vladimir Putin telephoned Recep Tayyip Erdogan on Tuesday.", "person:vladimir-putin"))
        .isEqualTo("RUS");
    assertThat(code("Vladimir Putin telephoned Recep Tayyip Erdogan on Tuesday.", "person:recep-tayyip-erdogan"))
        .isEqualTo("TUR");
    assertThat(code("Kofi Annan urged both sides to return to talks.", "person:kofi-annan")).isEqualTo("IGO");
  }

  @Test
  void aTitledSurnameOfTheOneListedPersonIsThatPerson() {
    assertThat(code("Moroccan diplomats held a meeting with President Obama.", "person:barack-obama")).isEqualTo("USA");
  }

  @Test
  void whatTheTextSaysWinsOverTheList() {
    assertThat(code("Vladimir Putin, the Belarusian president, arrived.", "person:vladimir-putin")).isEqualTo("BLR");
  }

  @Test
  void aTitleTheParserHangsTheNameOnUnlabelledStillGivesTheRole() {
    // the parser reads "minister" as the head and the name as its unlabelled dependent
    assertThat(code("Jordan's foreign minister Ayman Safadi has warned the U.S. of \"dangerous consequences\" if it "
        + "recognizes Jerusalem as the capital of Israel.", "person:ayman-safadi")).isEqualTo("JOR");
  }

  @Test
  void aTitledPersonWhoseSentenceNamesNoCountryTakesThePreviousSentencesOne() {
    assertThat(code("Heavy fighting continued in northern Sri Lanka on Monday. Prime minister Ranil Weerasena said "
        + "the talks would resume.", "person:ranil-weerasena")).isEqualTo("LKA");
  }

  @Test
  void aPreviousSentenceNamingSeveralCountriesGivesNone() {
    assertThat(code("Sri Lanka and India signed a trade pact on Monday. Prime minister Ranil Weerasena said "
        + "the talks would resume.", "person:ranil-weerasena")).isNull();
  }

  @Test
  void aTitledPersonNamedWithAPlaceOfOneCountryActsForIt() {
    assertThat(code("Ohio Governor Mark Tallbridge signed the budget bill on Friday.", "person:mark-tallbridge"))
        .isEqualTo("USA");
  }

  @Test
  void aCountryAfterTheTitlesOfIsNotPartOfThePersonsNameButTheirCountry() {
    ArticleActors found = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(
        "Parliament passed a motion against the Prime Minister of Niger Hama Oumarou on Friday.",
        LocalDate.of(2024, 11, 15)));
    assertThat(found.actors()).containsKey("person:hama-oumarou").doesNotContainKey("person:niger-hama-oumarou");
    assertThat(found.actor("person:hama-oumarou").code()).isEqualTo("NER");
  }

  @Test
  void thePopeActsForTheHolySeeWhateverCountryTheSentenceNames() {
    assertThat(code("Pope Leonard visited Turkey on Friday and prayed with local leaders.", "person:pope-leonard"))
        .isEqualTo("VAT");
  }

  @Test
  void anAmbassadorNamedAfterTheirPostIsOfTheTitlesNationalityNotThePosts() {
    assertThat(code("Russian Ambassador to the United Kingdom Pavel Orlinsky rejected the claims on Tuesday.",
        "person:pavel-orlinsky")).isEqualTo("RUS");
  }
}
