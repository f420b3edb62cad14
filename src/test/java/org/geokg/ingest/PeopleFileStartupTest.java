package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.geokg.actor.Gazetteer;
import org.geokg.system.GeokgProperties;
import org.geokg.system.StartupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's people file at start-up: found in the data folder or where set, refused in one line when wrong. */
class PeopleFileStartupTest {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  @TempDir Path dir;

  private GeokgProperties props(Path peopleFile) {
    return new GeokgProperties(dir, "127.0.0.1", 0, true, Duration.ofSeconds(5), peopleFile);
  }

  @Test
  void thePeopleFileOfTheDataFolderIsReadWhenNoneIsSet() throws IOException {
    assertThat(props(null).peopleFileToRead()).as("none there: the shipped list alone").isNull();
    Files.writeString(dir.resolve("people.tsv"), "Petteri Orpo\tFIN\tGOV\t\thttps://valtioneuvosto.fi/en/\n");
    assertThat(props(null).peopleFileToRead()).isEqualTo(dir.resolve("people.tsv"));
    assertThat(new PipelineConfiguration().actorLexicons(GAZETTEER, props(null))).isNotNull();
  }

  @Test
  void aMalformedPeopleFileStopsStartUpWithOneLineNamingFileAndLine() throws IOException {
    Path file = dir.resolve("my-people.tsv");
    Files.writeString(file,
        "# mine\nPetteri Orpo\tFIN\tGOV\t\thttps://valtioneuvosto.fi/en/\nJane Roe\tXXX\tGOV\t\tme\n");
    assertThatThrownBy(() -> new PipelineConfiguration().actorLexicons(GAZETTEER, props(file)))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(file + ":3")
        .hasMessageContaining("code must be IGO or a code of countries.tsv: XXX")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aPeopleFileSetButMissingStopsStartUp() {
    Path missing = dir.resolve("nowhere.tsv");
    assertThatThrownBy(() -> props(missing).peopleFileToRead()).isInstanceOf(StartupException.class)
        .hasMessageContaining("geokg.people-file").hasMessageContaining("nowhere.tsv");
  }
}
