package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Roles the field's dictionaries give the people an article names: the code span valid at the
 * article's date becomes a role for the country's sector agent, with its span and source.
 */
class DictionaryRolesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(GAZETTEER);

  private static ArticleActors actors(String text, LocalDate date) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(text, date));
  }

  @Test
  void storesDictionaryRoleValidAtArticleDate() {
    // Phoenix.Countries.actors.txt: BARACK_OBAMA [USAELI 780101-000101] [USAGOV >090120].
    ArticleActors found = actors("Barack Obama spoke with reporters on Monday.", LocalDate.of(2012, 6, 4));
    Role expected = Role.fromDictionary("person:barack-obama", "government", "agent:usa-gov", 0,
        LocalDate.of(2009, 1, 20), null);
    assertThat(found.roles()).filteredOn(r -> r.source() == Role.Source.DICTIONARY).containsExactly(expected);
    assertThat(found.actors()).containsKey("agent:usa-gov");
    // The agent is the role's principal, not a mention of the article.
    assertThat(found.mentions()).noneSatisfy(m -> assertThat(m.actorKey()).isEqualTo("agent:usa-gov"));
    assertThat(found.mentionCounts(Set.of())).containsEntry(found.actor("agent:usa-gov"), 0);
  }

  @Test
  void aSpanThatHasNotStartedGivesNoRole() {
    // In 2005 Obama's only code is USAELI, which names no sector: no role.
    ArticleActors found = actors("Barack Obama spoke with reporters on Monday.", LocalDate.of(2005, 6, 6));
    assertThat(found.roles()).noneSatisfy(r -> assertThat(r.source()).isEqualTo(Role.Source.DICTIONARY));
    assertThat(found.actors()).doesNotContainKey("agent:usa-gov");
  }

  @Test
  void onlyTheSectorCodeHeldOnTheDateCountsWithItsBounds() {
    // As the shipped file lists Henry A. Wallace: vice president 1941-1945, an elite before and after.
    ActorDictionary d = ActorDictionary.of("""
        HENRY_A._WALLACE_  # CountryInfo.txt
        \t[USAELI 19060101-410120]
        \t[USAGOV 410120-450120]
        \t[USAELI 450120-650101]
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.sectorCodesHeld("Henry A. Wallace", LocalDate.of(1943, 3, 1)))
        .containsExactly(new ActorDictionary.Code("USA", "GOV", LocalDate.of(1941, 1, 20), LocalDate.of(1945, 1, 20),
            false));
    assertThat(d.sectorCodesHeld("Henry A. Wallace", LocalDate.of(1950, 3, 1))).isEmpty();
    assertThat(d.sectorCodesHeld("Wallace", LocalDate.of(1943, 3, 1))).as("one word is no person").isEmpty();
    assertThat(d.sectorCodesHeld("Henry A. Wallace", null)).as("no date, no span holds").isEmpty();
  }

  @Test
  void aRoleFromTextHasNoSpanAndASpanEndsAfterItStarts() {
    assertThat(new Role("person:a-b", "president", "country:USA", null, 0).source()).isEqualTo(Role.Source.TEXT);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        new Role("person:a-b", "president", "country:USA", null, 0, Role.Source.TEXT, LocalDate.of(2000, 1, 1), null));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        Role.fromDictionary("person:a-b", "government", "agent:usa-gov", 0, LocalDate.of(2001, 1, 1),
            LocalDate.of(2000, 1, 1)));
  }
}
