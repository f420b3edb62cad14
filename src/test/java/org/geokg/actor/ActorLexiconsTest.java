package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The actor stage's lists are read once per process and handed to every recognizer. */
class ActorLexiconsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  @Test
  void theClasspathListsAreReadOncePerGazetteer() {
    ActorLexicons first = ActorLexicons.fromClasspath(GAZETTEER);
    assertThat(ActorLexicons.fromClasspath(GAZETTEER)).isSameAs(first);
    assertThat(first.dictionary()).isNotNull();
  }

  @Test
  void withoutDictionariesTheOtherListsAreTheSame() {
    ActorLexicons all = ActorLexicons.fromClasspath(GAZETTEER);
    ActorLexicons without = ActorLexicons.fromClasspathWithoutDictionaries(GAZETTEER);
    assertThat(without.dictionary()).isNull();
    assertThat(without.personNouns()).isSameAs(all.personNouns());
    assertThat(without.knownPeople()).isSameAs(all.knownPeople());
    assertThat(without.withoutDictionary()).isSameAs(without);
  }

  @Test
  void everyListButTheDictionaryIsRequired() {
    ActorLexicons all = ActorLexicons.fromClasspath(GAZETTEER);
    assertThatThrownBy(() -> new ActorLexicons(null, all.agents(), all.knownPeople(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRecognizerGivenTheListsFindsWhatTheConvenienceOneFinds() {
    ActorRecognizer given = new ActorRecognizer(GAZETTEER, ActorLexicons.fromClasspath(GAZETTEER));
    assertThat(given.changes()).isEqualTo(new ActorRecognizer(GAZETTEER).changes());
  }
}
