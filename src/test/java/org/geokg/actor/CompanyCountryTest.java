package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A company's home country says nothing of the people a sentence names beside it. */
class CompanyCountryTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static Actor person(String text, String key) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12))).actor(key);
  }

  @Test
  void aPersonSuingACompanyDoesNotTakeItsCountry() {
    assertThat(person("Activist Tendai Moyo sued Meta over the removal of his posts about the strike.",
        "person:tendai-moyo").code()).isNull();
  }

  @Test
  void aCountryInTheSentenceStillGivesItsCountry() {
    assertThat(person("Zimbabwean activist Tendai Moyo sued Meta over the removal of his posts.",
        "person:tendai-moyo").code()).isEqualTo("ZWE");
  }
}
