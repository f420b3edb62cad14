package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Roles stated by a copula, a copular relative clause or a role verb, on real CoreNLP parses. */
class CopulaRolesTest {
  private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Gazetteer.fromClasspath());

  private static List<Role> roles(String sentence) {
    return RECOGNIZER.recognize(CoreNlpAnnotator.shared().annotate(sentence, LocalDate.of(2024, 11, 15))).roles();
  }

  @Test
  void copulaGivesTheSubjectTheRoleOfItsComplement() {
    assertThat(roles("Rafael Grossi is the head of the International Atomic Energy Agency."))
        .contains(new Role("person:rafael-grossi", "head", "org:iaea", null, 0));
    assertThat(roles("Volodymyr Zelensky is the president of Ukraine."))
        .contains(new Role("person:volodymyr-zelensky", "president", "country:UKR", null, 0));
  }

  @Test
  void pastCopulaWithAPossessiveGivesTheCountryAsPrincipal() {
    assertThat(roles("Abbas Araghchi was Iran's foreign minister."))
        .contains(new Role("person:abbas-araghchi", "foreign minister", "country:IRN", null, 0));
  }

  @Test
  void copularRelativeClauseGivesTheAntecedentTheRole() {
    // The parser reads "who" as the predicate in both sentences; the role is found all the same.
    assertThat(roles("Amir Saeid Iravani, who is the ambassador of Iran to the United Nations, met Elon Musk."))
        .contains(new Role("person:amir-saeid-iravani", "ambassador", "country:IRN", "org:united-nations", 0));
    assertThat(roles("Amir Saeid Iravani, who is Iran's ambassador to the United Nations, met Elon Musk."))
        .contains(new Role("person:amir-saeid-iravani", "ambassador", "country:IRN", "org:united-nations", 0));
    assertThat(roles("Mark Rutte, who was the prime minister of the Netherlands, now leads NATO."))
        .contains(new Role("person:mark-rutte", "prime minister", "country:NLD", null, 0));
  }

  @Test
  void roleVerbsBecomeAndServeAsGiveTheRole() {
    assertThat(roles("Antony Blinken became the U.S. secretary of state in 2021."))
        .anySatisfy(r -> {
          assertThat(r.holderKey()).isEqualTo("person:antony-blinken");
          assertThat(r.title()).startsWith("secretary");
          assertThat(r.principalKey()).isEqualTo("country:USA");
        });
  }

  @Test
  void relativeClausesAndCopulasWithoutATitleGiveNoRole() {
    assertThat(roles("Elon Musk, who met the ambassador on Monday, said the talks were good."))
        .noneSatisfy(r -> assertThat(r.holderKey()).isEqualTo("person:elon-musk"));
    assertThat(roles("Elon Musk, who is close to Donald Trump, met Amir Saeid Iravani."))
        .noneSatisfy(r -> assertThat(r.holderKey()).isEqualTo("person:elon-musk"));
    assertThat(roles("Elon Musk is a friend of Donald Trump.")).isEmpty();
  }

  @Test
  void anAsComplementOfTheSubjectGivesItTheRole() {
    assertThat(roles("Maria Delgado resigns as Chilean Ambassador to Peru after a row over fishing rights."))
        .anySatisfy(r -> {
          assertThat(r.holderKey()).isEqualTo("person:maria-delgado");
          assertThat(r.title()).isEqualToIgnoringCase("ambassador");
          assertThat(r.principalKey()).isEqualTo("country:CHL");
        });
  }

  @Test
  void anAsComplementOfTheObjectGivesItTheRole() {
    assertThat(roles("Six states back a declaration recognizing Tomas Rivera as interim President of Bolivia."))
        .anySatisfy(r -> {
          assertThat(r.holderKey()).isEqualTo("person:tomas-rivera");
          assertThat(r.principalKey()).isEqualTo("country:BOL");
        });
  }
}
