package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known people: the shipped list with its sources, and a user's file read after it. */
class KnownPeopleFileTest {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("people.tsv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void everyShippedLineNamesItsSource() {
    for (String name : new String[] {"Barack Obama", "Vladimir Putin", "Sergei Lavrov"}) {
      assertThat(KnownPeople.fromClasspath(GAZETTEER).person(name)).get()
          .satisfies(p -> assertThat(p.source()).isEqualTo("geokg"));
    }
  }

  @Test
  void aUserLineIsUsedAndWinsOverTheShippedLineOfTheSameName() throws IOException {
    Path f = file("""
        # my additions
        Petteri Orpo\tFIN\tGOV\tAntti Petteri Orpo\thttps://valtioneuvosto.fi/en/
        Sergei Lavrov\tRUS\tGOV\t\tmy correction
        """);
    KnownPeople people = KnownPeople.withUserFile(GAZETTEER, f);
    assertThat(people.byName("Antti Petteri Orpo")).contains(new KnownPeople.Affiliation("FIN", "GOV"));
    assertThat(people.person("Petteri Orpo").orElseThrow().source()).isEqualTo("https://valtioneuvosto.fi/en/");
    assertThat(people.byName("Sergei Lavrov")).contains(new KnownPeople.Affiliation("RUS", "GOV"));
    assertThat(people.byName("Sergey Lavrov")).as("the replaced line's aliases go with it").isEmpty();
    assertThat(people.onlyPersonNamed("Orpo")).contains("Petteri Orpo");
    assertThat(people.byName("Vladimir Putin")).as("shipped lines are still read")
        .contains(new KnownPeople.Affiliation("RUS", "GOV"));
  }

  @Test
  void aListedPersonIsFoundWithOrWithoutTheArabicArticleOfTheFamilyName() throws IOException {
    KnownPeople people = KnownPeople.withUserFile(GAZETTEER, file("""
        Muammar Gaddafi\tLBY\tGOV\t\tmy list
        Nouri al-Maliki\tIRQ\tGOV\t\tmy list
        """));
    assertThat(people.byName("Muammar al-Gaddafi")).contains(new KnownPeople.Affiliation("LBY", "GOV"));
    assertThat(people.byName("Nouri Maliki")).contains(new KnownPeople.Affiliation("IRQ", "GOV"));
    assertThat(people.byName("Nouri Malik")).isEmpty();
  }

  @Test
  void aUserPersonInTheRecognizerGivesTheCodeOfTheLine() throws IOException {
    Path f = file("Wanjiru Kamau\tKEN\tGOV\t\thttps://example.org/kamau\n");
    ActorRecognizer recognizer = new ActorRecognizer(GAZETTEER, ActorLexicons.withPeopleFile(GAZETTEER, f));
    ArticleActors found = recognizer.recognize(org.geokg.nlp.CoreNlpAnnotator.shared()
        .annotate("Wanjiru Kamau spoke to reporters on Monday.", java.time.LocalDate.of(2024, 3, 4)));
    assertThat(found.actors().get("person:wanjiru-kamau")).isNotNull()
        .satisfies(a -> assertThat(a.code()).isEqualTo("KEN"));
  }

  @Test
  void aMalformedUserLineIsRefusedNamingTheFileAndLine() throws IOException {
    Path f = file("Olaf Scholz\tDEU\tGOV\t\thttps://www.bundesregierung.de/\nJane Roe\tDEU\tPRESIDENT\t\tme\n");
    assertThatIllegalStateException().isThrownBy(() -> KnownPeople.withUserFile(GAZETTEER, f))
        .withMessageContaining(f + ":2").withMessageContaining("sector must be one of")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    Path noSource = file("Olaf Scholz\tDEU\tGOV\n");
    assertThatIllegalStateException().isThrownBy(() -> KnownPeople.withUserFile(GAZETTEER, noSource))
        .withMessageContaining(noSource + ":1").withMessageContaining("source");
  }
}
