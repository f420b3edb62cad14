package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Words that take up an actor named before: pronouns, titles and definite descriptions. */
class ReferenceTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  /** The actor keys of the mentions in sentence {@code sentence} of {@code text}, in text order. */
  private static List<String> actorsIn(String text, int sentence) {
    ArticleActors found = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 11, 15)));
    return found.mentionsIn(sentence).stream().map(Mention::actorKey).distinct().toList();
  }

  @Test
  void theMinistryTakesUpTheMinistryNamedBefore() {
    assertThat(actorsIn("Senator Ana Ruiz criticised the Interior Ministry on Tuesday. "
        + "She accused the ministry of hiding the report.", 1))
        .containsExactly("person:ana-ruiz", "org:interior-ministry");
  }

  @Test
  void aCapitalisedMinistryOfIsANameOfItsOwnNotAReference() {
    assertThat(actorsIn("The Interior Ministry issued a statement. The Ministry of Culture said nothing.", 1))
        .doesNotContain("org:interior-ministry");
  }

  @Test
  void anOfficeIsNotTheTopicPersonWhenTheTextGaveThemAnother() {
    assertThat(actorsIn("Senator Ana Ruiz urged the prime minister to resign. The prime minister rejected her demand.", 1))
        .doesNotContain("person:ana-ruiz");
  }

  @Test
  void theyTakeUpTheGroupThatWasTheLastSubject() {
    assertThat(actorsIn("Protesters gathered outside the parliament in Lima on Monday. "
        + "They demanded that the government resign.", 1))
        .contains("agent:per-civ");
  }

  @Test
  void theyNamesNoOneWhenNoGroupWasASubjectJustBefore() {
    assertThat(actorsIn("Peru's president met the press on Monday. They asked about the budget.", 1)).isEmpty();
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
    assertThat(actorsIn("Senator Ana Ruiz met Carlos Vega and urged him to resign.", 0))
        .containsExactly("person:ana-ruiz", "person:carlos-vega");
    List<Mention> mentions = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(
        "Senator Ana Ruiz met Carlos Vega and urged him to resign.", LocalDate.of(2024, 11, 15))).mentionsIn(0);
    assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PRONOUN)
        .extracting(Mention::actorKey).containsExactly("person:carlos-vega");
  }

  @Test
  void aSubjectPronounStillTakesUpTheLastSubject() {
    assertThat(RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(
        "Senator Ana Ruiz met Carlos Vega on Monday. She urged him to resign.", LocalDate.of(2024, 11, 15)))
        .mentionsIn(1)).extracting(Mention::actorKey).containsExactly("person:ana-ruiz", "person:carlos-vega");
  }

  @Test
  void aPronounTakesUpOnlySomeoneWhoseFirstNameAgreesWithIt() {
    List<Mention> mentions = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(
        "Senator Ana Ruiz met Carlos Vega on Monday. He thanked the senator.", LocalDate.of(2024, 11, 15)))
        .mentionsIn(1);
    assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PRONOUN)
        .extracting(Mention::actorKey).containsExactly("person:carlos-vega");
  }

  @Test
  void theMilitantGroupTakesUpTheArmedGroupJustNamed() {
    assertThat(actorsIn("Israeli jets struck Islamic Jihad positions in Gaza after the militant group fired rockets.", 0))
        .contains("org:palestinian-islamic-jihad");
    List<Mention> mentions = RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(
        "Hamas fired rockets at Ashkelon. The group said it acted alone.", LocalDate.of(2024, 11, 15))).mentionsIn(1);
    assertThat(mentions).extracting(Mention::actorKey).contains("org:hamas");
    // after a company or a ministry, "the group" may be any group of people
    assertThat(actorsIn("The Interior Ministry met the protesters. The group left at noon.", 1))
        .doesNotContain("org:interior-ministry");
  }
}
