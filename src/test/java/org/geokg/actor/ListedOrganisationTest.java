package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** One node per organisation the field's dictionaries list, whichever of its names the text uses. */
class ListedOrganisationTest {
  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(GAZETTEER);

  private static ArticleActors actors(String text) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2008, 6, 1)));
  }

  private static Map<String, Actor> organisations(ArticleActors found) {
    return found.actors().values().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION)
        .collect(Collectors.toMap(Actor::key, a -> a));
  }

  @Test
  void anEntrysFullNameAndItsOtherNameAreOneActorNamedByTheFirst() {
    ArticleActors found = actors("The Liberation Tigers of Tamil Eelam rejected the offer on Monday. "
        + "A spokesman said the Tamil Tigers would fight on.");
    Actor tigers = found.actor("org:liberation-tigers-of-tamil-eelam");
    assertThat(tigers.name()).isEqualTo("Liberation Tigers of Tamil Eelam");
    assertThat(tigers.code()).isEqualTo("LKA");
    assertThat(tigers.aliases()).contains("Tamil Tigers");
    assertThat(found.actors()).doesNotContainKey("org:tamil-tigers");
  }

  @Test
  void theAbbreviationAnEntryGivesInParenthesesNamesItToo() {
    ArticleActors found = actors("Sri Lankan troops attacked positions held by the LTTE near the coast.");
    assertThat(found.actor("org:liberation-tigers-of-tamil-eelam")).satisfies(a -> {
      assertThat(a.code()).isEqualTo("LKA");
      assertThat(a.aliases()).contains("LTTE");
    });
  }

  @Test
  void anOrganisationTheGazetteerKnowsByAnotherOfTheEntrysNamesIsTheGazetteers() {
    ActorLexicons shipped = ActorLexicons.fromClasspath(GAZETTEER);
    ActorDictionary dictionary = ActorDictionary.of("""
        ATLANTIC_TREATY_BLOC_ [IGOWSTNAT]
        +NORTH_ATLANTIC_TREATY_ORGANIZATION_
        """, code -> GAZETTEER.country(code).isPresent());
    ActorRecognizer recognizer = new ActorRecognizer(GAZETTEER,
        new ActorLexicons(shipped.personNouns(), shipped.agents(), shipped.knownPeople(), dictionary));
    ArticleActors found = recognizer.recognize(CoreNlpAnnotator.shared()
        .annotate("Officials of the Atlantic Treaty Bloc met in Brussels on Monday.", LocalDate.of(2008, 6, 1)));
    assertThat(organisations(found)).containsKey("org:nato").doesNotContainKey("org:atlantic-treaty-bloc");
    assertThat(found.actor("org:nato").aliases()).contains("Atlantic Treaty Bloc");
  }

  @Test
  void anEarlierKeyOfAnEntrysOtherNameMovesToTheEntrysActor() {
    assertThat(RECOGNIZER.changes()).anySatisfy(c -> {
      assertThat(c.oldKey()).isEqualTo("org:tamil-tigers");
      assertThat(c.now().key()).isEqualTo("org:liberation-tigers-of-tamil-eelam");
    }).anySatisfy(c -> {
      assertThat(c.oldKey()).isEqualTo("org:ltte");
      assertThat(c.now().key()).isEqualTo("org:liberation-tigers-of-tamil-eelam");
    });
  }

  @Test
  void aListedNameTheTaggerCutsShortOfItsFirstWordIsTheListedOrganisation() {
    // the tagger tags only "Tigers" as the organisation
    ArticleActors found = actors("Suspected Tamil Tigers ambushed a navy convoy near Trincomalee.");
    assertThat(found.actors()).containsKey("org:liberation-tigers-of-tamil-eelam").doesNotContainKey("org:tigers");
  }
}
