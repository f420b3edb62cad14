package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.geokg.actor.ActorKind;
import org.junit.jupiter.api.Test;

/** The lone-surname rule, stated once in Java: what a surname is and whom a lone name resolves to. */
class SurnameRuleTest {

  @Test
  void aSurnameIsTheLastWordOfAPersonsNameOfSeveralWords() {
    assertThat(ActorDecisions.surname(ActorKind.PERSON, " Elon Musk ")).contains("Musk");
    assertThat(ActorDecisions.surname(ActorKind.PERSON, "Ali Akbar Velayati")).contains("Velayati");
    assertThat(ActorDecisions.surname(ActorKind.PERSON, "Musk")).isEmpty();
    assertThat(ActorDecisions.surname(ActorKind.ORGANIZATION, "Tesla Motors")).isEmpty();
  }

  @Test
  void aLoneNameResolvesToTheOnlyOtherBearerOfItsSurname() {
    assertThat(ActorDecisions.onlyBearer("person:musk", List.of("person:elon-musk"))).contains("person:elon-musk");
    assertThat(ActorDecisions.onlyBearer("person:musk", List.of("person:musk", "person:elon-musk")))
        .contains("person:elon-musk");
    assertThat(ActorDecisions.onlyBearer("person:trump", List.of("person:donald-trump", "person:ivanka-trump")))
        .isEqualTo(Optional.empty());
    assertThat(ActorDecisions.onlyBearer("person:musk", List.of())).isEmpty();
  }
}
