package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The country of the context: a person or organisation the text and the lists leave uncoded acts for
 * the one country of its sentences; a bare collective ("police", "protesters") is that country's.
 */
class SentenceCountryTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static String code(String text, String key) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2023, 3, 2))).actor(key).code();
  }

  @Test
  void anUncodedPersonTakesTheOneCountryOfTheSentence() {
    assertThat(code("Kenyan lawmakers cheered as Wanjiru Kamau opened the session in Nairobi.", "person:wanjiru-kamau"))
        .isEqualTo("KEN");
  }

  @Test
  void aCountryNamedAsTheOtherPartyGivesNoCode() {
    assertThat(code("Wanjiru Kamau warned against Uganda on Monday.", "person:wanjiru-kamau")).isNull();
  }

  @Test
  void twoCountriesGiveNoCode() {
    assertThat(code("Kenyan and Tanzanian officials said Wanjiru Kamau had resigned.", "person:wanjiru-kamau"))
        .isNull();
  }

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2023, 3, 2)));
  }

  @Test
  void aSentenceNamingNoCountryGivesTheOneCountryOfItsPlaces() {
    assertThat(code("Candidates Wanjiru Kamau and Tom Hale debated in Milwaukee, Wisconsin, on Monday.",
        "person:wanjiru-kamau")).isEqualTo("USA");
  }

  @Test
  void aSentenceNamingNeitherCountryNorPlaceGivesThePreviousSentencesOneCountry() {
    assertThat(code("Kenyan lawmakers debated the budget on Monday. Wanjiru Kamau resigned soon after.",
        "person:wanjiru-kamau")).isEqualTo("KEN");
    assertThat(code("Kenyan and Tanzanian lawmakers met on Monday. Wanjiru Kamau resigned soon after.",
        "person:wanjiru-kamau")).isNull();
  }

  @Test
  void placesDoNotOverruleACountryTheSentenceNames() {
    assertThat(code("Kenyan lawmakers met Wanjiru Kamau in Milwaukee, Wisconsin, on Monday.",
        "person:wanjiru-kamau")).isEqualTo("KEN");
  }

  @Test
  void bareCollectivesAreTheirSentencesCountrys() {
    ArticleActors found = actors("Police fired tear gas at protesters in Caracas on Sunday.");
    assertThat(found.actors()).containsKeys("agent:ven-pol", "agent:ven-civ");
  }

  @Test
  void aListedInternationalNgoTakesNoCountryFromItsSentences() {
    assertThat(code("Amnesty International criticised the court in Moscow on Monday.", "org:amnesty-international"))
        .isNull();
  }

  @Test
  void securityForcesAreTheStatesWhileForcesAloneAreAnyones() {
    assertThat(actors("In Chad, security forces fired on the crowd on Sunday.").actors()).containsKey("agent:tcd-mil");
    assertThat(actors("In Chad, forces fired on the crowd on Sunday.").actors()).doesNotContainKey("agent:tcd-mil");
  }

  @Test
  void theVictimsOfAStrikeBelongToTheCountryWhereItHitNotTheAttackers() {
    assertThat(actors("A Russian missile strike killed ten people in Kharkiv on Monday.").actors())
        .containsKey("agent:ukr-civ").doesNotContainKey("agent:rus-civ");
  }

  @Test
  void aBareCollectiveWithoutOneCountryOrAsAModifierIsNoActor() {
    assertThat(actors("Police fired tear gas at protesters on Sunday.").actors().keySet())
        .noneMatch(k -> k.startsWith("agent:"));
    assertThat(actors("A bomb exploded outside a police station in Caracas.").actors().keySet())
        .noneMatch(k -> k.endsWith("-pol"));
  }

  @Test
  void aCollectiveNamedForItsOrganisationIsNotAlsoThePlacesWhereItStands() {
    ArticleActors found = actors("Hezbollah fighters in Syria attacked a convoy near the border.");
    assertThat(found.actors()).containsKey("org:hezbollah").doesNotContainKey("agent:syr-mil");
    // with no one else's, a collective is the place's
    assertThat(actors("Police in Lahore arrested two men.").actors().values())
        .anyMatch(a -> "PAK".equals(a.code()) && "POL".equals(a.sector()));
  }

  @Test
  void theGovernmentAloneIsTheGovernmentOfTheSentencesCountry() {
    assertThat(actors("In Chad, the government and the rebels agreed to a truce on Friday.").actors())
        .containsKey("agent:tcd-gov");
    assertThat(actors("Chile reported new cases, and its government tightened the rules.").actors())
        .containsKey("agent:chl-gov");
  }

  @Test
  void governmentAsAModifierOrWithoutOneCountryIsNoActor() {
    assertThat(actors("Protesters in Chad burned government buildings on Friday.").actors())
        .doesNotContainKey("agent:tcd-gov");
    assertThat(actors("The government raised taxes on Friday.").actors().keySet())
        .noneMatch(k -> k.endsWith("-gov"));
  }
}
