package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** One node per country's government, however the text names it. */
class NationalGovernmentTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2015, 6, 1)));
  }

  @Test
  void theSeatOfGovernmentActingIsTheGovernment() {
    assertThat(actors("The Kremlin rejected the proposal on Monday.").actors()).containsKey("agent:rus-gov")
        .doesNotContainKey("country:RUS");
  }

  @Test
  void aLeadersAdministrationIsTheGovernmentOfTheCountryTheyLead() {
    ArticleActors found = actors("The Obama administration imposed new sanctions on Monday.");
    assertThat(found.actors()).containsKey("agent:usa-gov");
    assertThat(found.mentions()).anySatisfy(m -> assertThat(m.actorKey()).isEqualTo("agent:usa-gov"));
  }

  @Test
  void theGovernmentByAdjectiveByPossessiveAndByNameIsOneActor() {
    ArticleActors found = actors("The Iranian government denied it. Iran's government later said the "
        + "Government of Iran would reply.");
    assertThat(found.actors().keySet()).filteredOn(k -> k.contains("gov")).containsExactly("agent:irn-gov");
  }

  @Test
  void aSeatOfGovernmentAsAModifierNamesTheCountrysAgents() {
    ArticleActors found = actors("Moscow police detained the activist on Monday.");
    assertThat(found.actors()).containsKey("agent:rus-pol");
    assertThat(found.mentions()).anySatisfy(m -> assertThat(m.actorKey()).isEqualTo("agent:rus-pol"));
  }

  @Test
  void anAgentIsAlsoKnownByTheWordsTheArticleNamesItWith() {
    ArticleActors found = actors("A UK court convicted the man. The Obama administration and the White House "
        + "welcomed it, as did Hungarian and Romanian officials.");
    assertThat(found.actor("agent:gbr-jud").aliases()).contains("UK court");
    assertThat(found.actor("agent:usa-gov").aliases()).contains("Obama administration", "White House");
    assertThat(found.actor("agent:hun-gov").aliases()).noneMatch(a -> a.contains("Romanian"));
  }

  @Test
  void anAgentIsNamedByTheCountrysAdjectiveElseByItsName() {
    assertThat(actors("Iranian police detained the activist.").actor("agent:irn-pol").name()).isEqualTo("Iranian police");
    // "Hongkonger" names a person, not an institution
    assertThat(actors("Hongkonger police detained the activist.").actor("agent:hkg-pol").name())
        .isEqualTo("Hong Kong police");
  }

  @Test
  void aSeatOfGovernmentWhereSomethingHappensIsTheCountryNotItsGovernment() {
    assertThat(actors("Police fired tear gas at protesters in Nairobi on Monday.").actors())
        .doesNotContainKey("agent:ken-gov").containsKey("country:KEN");
    assertThat(actors("Nairobi rejected the proposal on Monday.").actors()).containsKey("agent:ken-gov");
  }

  @Test
  void aGenericInstitutionNameAfterAnotherCountryIsThatCountrysInstitution() {
    assertThat(actors("Peru's Congress impeached the president.").actors()).containsKey("agent:per-leg")
        .doesNotContainKey("org:us-congress");
    assertThat(actors("The Brazilian Senate voted on Tuesday.").actors()).containsKey("agent:bra-leg")
        .doesNotContainKey("org:us-senate");
    assertThat(actors("The Senate voted on Tuesday.").actors()).containsKey("org:us-senate");
  }

  @Test
  void aCountrysJudiciaryByNameIsItsJudicialAgentAsItsCourtsAre() {
    ArticleActors found = actors("The Iranian judiciary rejected the appeal. An Iranian court later upheld the sentence.");
    assertThat(found.actors().keySet()).filteredOn(k -> k.contains("jud")).containsExactly("agent:irn-jud");
  }

  @Test
  void anAgentIsAlsoNamedByItsCountrysAdjectiveWithTheNounTheTextUses() {
    ArticleActors found = actors("Troops from Chad crossed the border on Sunday.");
    assertThat(found.actor("agent:tcd-mil").aliases()).contains("Chadian troops");
  }
}
