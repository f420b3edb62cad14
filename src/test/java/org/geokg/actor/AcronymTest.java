package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Acronyms an article introduces in parentheses after an organisation's full name, on real parses. */
class AcronymTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors recognize(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 11, 15)));
  }

  @Test
  void anIntroducedAcronymNamesTheOrganisationEverywhereInTheArticle() {
    ArticleActors found = recognize("Musk would head up the newly formed Department of Government Efficiency (DOGE)"
        + " in the upcoming Trump administration.\n\nDOGE said on Friday that it would cut federal spending.");
    String key = "org:department-of-government-efficiency";
    assertThat(found.actors()).containsKey(key).doesNotContainKey("org:doge");
    assertThat(found.actor(key).aliases()).contains("DOGE");
    assertThat(found.mentionsIn(1)).anySatisfy(m -> assertThat(m.actorKey()).isEqualTo(key));
  }

  @Test
  void parenthesesAfterSomethingOtherThanAnOrganisationNameIntroduceNothing() {
    ArticleActors found = recognize("Musk has earned the title of First Buddy (AP).\n\nElon Musk (SPACEX) spoke.");
    assertThat(found.actors().values()).noneSatisfy(a -> assertThat(a.aliases()).contains("AP"));
    assertThat(found.actors().values()).filteredOn(a -> a.kind() == ActorKind.PERSON)
        .noneSatisfy(a -> assertThat(a.aliases()).contains("SPACEX"));
  }
}
