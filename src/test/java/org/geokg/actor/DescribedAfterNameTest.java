package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A country's title set off by a comma after a name gives the person that country. */
class DescribedAfterNameTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2012, 3, 12)));
  }

  @Test
  void aCountrysTitleAfterTheNameGivesItsCountryAmongOtherCountries() {
    // the sentence names Canada too, so the sentence alone would leave her uncoded
    ArticleActors found = actors("Canada's PM Stephen Harper and Zhou Lihua, China's Ambassador to Canada, open a "
        + "trade fair in Toronto.");
    assertThat(found.actor("person:zhou-lihua").code()).isEqualTo("CHN");
  }

  @Test
  void aTitleAfterTheCommaThatNamesTheNextPersonIsNotThePreviousOnes() {
    // the sentence names three countries, so nothing else gives her one
    ArticleActors found = actors("During a visit to Greenland with aid worker Hanna Berg, U.S. President Donald Trump "
        + "praised the Danish government.");
    assertThat(found.actor("person:hanna-berg").code()).isNull();
  }
}
