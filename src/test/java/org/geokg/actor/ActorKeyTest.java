package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Actor keys: built in one place, spelled as the graph stores them, read back from that spelling. */
class ActorKeyTest {

  @Test
  void aPersonIsKeyedByTheSlugOfTheName() {
    assertThat(ActorKey.person("Elon Musk").value()).isEqualTo("person:elon-musk");
    assertThat(ActorKey.person("Rafael Mariano Grossi")).hasToString("person:rafael-mariano-grossi");
    assertThat(ActorKey.person("Recep Tayyip Erdoğan").value()).isEqualTo("person:recep-tayyip-erdogan");
    assertThat(ActorKey.person("Amir Saeid Iravani")).isEqualTo(ActorKey.parse("person:amir-saeid-iravani"));
  }

  @Test
  void aCountryIsKeyedByItsAlpha3Code() {
    assertThat(ActorKey.country("IRN").value()).isEqualTo("country:IRN");
    assertThatThrownBy(() -> ActorKey.country("Iran")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActorKey.country("irn")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrganisationAndAMediaOutletAreKeyedByTheSlugOfTheirNameAndASlugKeysAsItself() {
    assertThat(ActorKey.organisation("Department of Government Efficiency").value())
        .isEqualTo("org:department-of-government-efficiency");
    assertThat(ActorKey.organisation("iaea").value()).isEqualTo("org:iaea");
    assertThat(ActorKey.media("reuters").value()).isEqualTo("media:reuters");
  }

  @Test
  void anAgentIsKeyedByItsCountryAndSectorInLowerCase() {
    assertThat(ActorKey.agent("IRN", "GOV").value()).isEqualTo("agent:irn-gov");
  }

  @Test
  void aKeyReadsBackToTheSameKey() {
    for (String key : new String[] {"person:elon-musk", "country:IRN", "org:iaea", "agent:irn-gov", "media:reuters"}) {
      assertThat(ActorKey.parse(key).value()).isEqualTo(key);
    }
    assertThat(ActorKey.parse("agent:irn-gov").kind()).isEqualTo(ActorKey.Kind.AGENT);
    assertThat(ActorKey.parse("country:IRN").id()).isEqualTo("IRN");
  }

  @Test
  void everyGazetteerKeyReadsBack() {
    Gazetteer g = Gazetteer.fromClasspath();
    Stream.concat(g.entries().stream(), g.mediaEntries().stream())
        .forEach(e -> assertThat(ActorKey.parse(e.key()).value()).isEqualTo(e.key()));
  }

  @Test
  void aStringWithoutAKnownPrefixOrWithABadIdIsNoKey() {
    for (String bad : new String[] {"elon-musk", "people:elon-musk", ":x", "person:", "person:Elon Musk",
        "person:elon--musk", "country:IR"}) {
      assertThatThrownBy(() -> ActorKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aNameWithNoLatinLetterOrDigitHasAnEmptySlugAndNoKey() {
    assertThat(ActorKey.slug("Путин")).isEmpty();
    assertThatThrownBy(() -> ActorKey.person("Путин")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSlugFoldsAccentsCaseAndPunctuation() {
    assertThat(ActorKey.slug("  Jean-Marie Le Pen ")).isEqualTo("jean-marie-le-pen");
    assertThat(ActorKey.slug("Müller & Co.")).isEqualTo("muller-co");
    assertThat(ActorKey.slug("jean-marie-le-pen")).isEqualTo("jean-marie-le-pen");
  }
}
