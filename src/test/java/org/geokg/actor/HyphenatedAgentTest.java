package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** "UN-brokered", "EU-funded": the tokenizer keeps the word whole, and the name before the hyphen still acts. */
class HyphenatedAgentTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2019, 3, 12)));
  }

  @Test
  void anOrganisationBeforeAParticipleIsMentioned() {
    ArticleActors found = actors("Both sides accepted a UN-brokered ceasefire in the port city on Sunday.");
    assertThat(found.actors()).containsKey("org:united-nations");
    assertThat(found.mentions()).anySatisfy(m -> assertThat(m.actorKey()).isEqualTo("org:united-nations"));
  }

  @Test
  void aNameBeforeAnAdjectiveOfLikenessIsNoActor() {
    // "UN-style" says what the inquiry is like, not who holds it
    assertThat(actors("The rebels demanded a UN-style inquiry into the killings on Sunday.").actors())
        .doesNotContainKey("org:united-nations");
  }
}
