package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * A person named only by surname is the full-named person when the article or the dictionaries leave
 * one candidate at the article's date; otherwise they stay apart.
 */
class LoneSurnameTest {
  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  private static ArticleActors actors(String dictionary, String text, LocalDate date) {
    ActorLexicons shipped = ActorLexicons.fromClasspath(GAZETTEER);
    ActorRecognizer recognizer = new ActorRecognizer(GAZETTEER, new ActorLexicons(shipped.personNouns(),
        shipped.agents(), shipped.knownPeople(), ActorDictionary.of(dictionary, c -> GAZETTEER.country(c).isPresent())));
    return recognizer.recognize(CoreNlpAnnotator.shared().annotate(text, date));
  }

  private static final String TEXT = "Ochieng said on Monday that the talks would resume next week.";

  /** One listed bearer of the surname, in Kenya's government from 2005 to 2010. */
  private static final String PETER_IN_OFFICE_2005_2010 = """
      PETER_OCHIENG_
      \t[KENGOV 20050101-20101231]
      """;

  @Test
  void aLoneSurnameIsTheOneListedPersonOfThatNameInOfficeAtTheArticlesDate() {
    ArticleActors found = actors(PETER_IN_OFFICE_2005_2010, TEXT, LocalDate.of(2008, 3, 1));
    assertThat(found.actors()).containsKey("person:peter-ochieng").doesNotContainKey("person:ochieng");
    assertThat(found.actor("person:peter-ochieng").code()).isEqualTo("KEN");
    assertThat(found.actor("person:peter-ochieng").aliases()).contains("Ochieng");
  }

  @Test
  void aLoneSurnameStaysApartWhenNoListedBearerIsInOfficeThen() {
    ArticleActors found = actors(PETER_IN_OFFICE_2005_2010, TEXT, LocalDate.of(2015, 3, 1));
    assertThat(found.actors()).containsKey("person:ochieng").doesNotContainKey("person:peter-ochieng");
  }

  @Test
  void aLoneSurnameStaysApartWhenTwoListedBearersAreInOffice() {
    ArticleActors found = actors("""
        PETER_OCHIENG_
        \t[KENGOV 20050101-20101231]
        MARY_OCHIENG_
        \t[UGAGOV 20060101-20091231]
        """, TEXT, LocalDate.of(2008, 3, 1));
    assertThat(found.actors()).containsKey("person:ochieng");
  }

  @Test
  void theArticlesOwnFullNameComesFirst() {
    ArticleActors found = actors(PETER_IN_OFFICE_2005_2010, "Doctor James Ochieng arrived in Nairobi. " + TEXT,
        LocalDate.of(2008, 3, 1));
    assertThat(found.actors()).containsKey("person:james-ochieng").doesNotContainKey("person:peter-ochieng");
  }
}
