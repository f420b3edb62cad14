package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loader on small hand-made files: formats, fail-fast messages, normalisation. */
class GazetteerLoaderTest {

  private static final String COUNTRIES = """
      # code	name	aliases	demonyms	metonyms
      IRN	Iran	Islamic Republic of Iran|Persia	Iranian	Tehran

      USA	United States	U.S.|America|the States	American	Washington|White House
      KWT	Kuwait		Kuwaiti	Kuwait
      """;
  private static final String ORGS = "united-nations\tUnited Nations\tIGO\tIGO\tUN|U.N.\n"
      + "isis\tIslamic State\t\tREB\tISIS\n";
  private static final String MEDIA = "reuters\tReuters\n";
  private static final String TITLES = "ambassador\tDIP\tenvoy\n";

  private static Gazetteer load(String countries, String orgs, String media, String titles) {
    return Gazetteer.fromStrings(countries, orgs, media, titles);
  }

  @Test
  void loadsSmallFiles() {
    Gazetteer g = load(COUNTRIES, ORGS, MEDIA, TITLES);
    assertThat(g.entries()).extracting(GazetteerEntry::key)
        .containsExactly("country:IRN", "country:USA", "country:KWT", "org:united-nations", "org:isis");
    assertThat(g.lookup("Persia")).get().extracting(m -> m.entry().key()).isEqualTo("country:IRN");
    assertThat(g.lookup("Kuwait")).get().extracting(GazetteerMatch::how).isEqualTo(MatchKind.NAME);
    assertThat(g.lookup("States")).isEmpty();
    assertThat(g.lookup("the States")).isPresent();
    assertThat(g.byKey("org:isis")).get().extracting(GazetteerEntry::code).isNull();
    assertThat(g.isMedia("Reuters")).isTrue();
    assertThat(g.titleSector("envoys")).contains("DIP");
  }

  @Test
  void failsWithFileAndLineOnMalformedRows() {
    assertFails(COUNTRIES + "FRA\tFrance\ta\tb\tc\td\n", "gazetteer/countries.tsv:6", "6 columns");
    assertFails(COUNTRIES + "Fr\tFrance\n", "gazetteer/countries.tsv:6", "three capital letters");
    assertFails(COUNTRIES + "FRA\t\n", "gazetteer/countries.tsv:6", "column 2 is empty");
    assertFails(COUNTRIES + "FRA\tFrance\tRepublique||Hexagone\n", "countries.tsv:6", "empty value");
    assertFails(COUNTRIES + "IRN\tIran again\n", "countries.tsv:6", "duplicate key country:IRN");
    assertFailsOrgs("nato\tNATO\tIGO\tXYZ\n", "organizations.tsv:3", "unknown sector XYZ");
    assertFailsOrgs("fbi\tFBI\tUSX\tPOL\n", "organizations.tsv:3", "code must be IGO, empty or a code");
    assertFailsOrgs("Bad Slug\tX\t\tREB\n", "organizations.tsv:3", "slug");
  }

  @Test
  void failsWhenTwoEntriesClaimOneForm() {
    assertFailsOrgs("un-2\tUnited Nations Organization\tIGO\tIGO\tU.N\n", "organizations.tsv:3",
        "already names org:united-nations at gazetteer/organizations.tsv:1");
    assertFailsOrgs("persia-party\tPersia Party\tIRN\tOPP\tpersia\n", "organizations.tsv:3",
        "already names country:IRN");
    assertThatThrownBy(() -> load(COUNTRIES, ORGS, MEDIA, TITLES + "envoy\tGOV\n"))
        .hasMessageContaining("titles.tsv:2").hasMessageContaining("already has sector DIP");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> load(COUNTRIES, ORGS + "a\tA\tIGO\tBAD\nb\tB\tIGO\tBAD\n", MEDIA, TITLES))
        .hasMessageContaining("2 gazetteer problem(s)")
        .hasMessageContaining("organizations.tsv:3")
        .hasMessageContaining("organizations.tsv:4");
  }

  @Test
  void entryValidates() {
    assertThatThrownBy(() -> new GazetteerEntry(" ", "x", ActorKind.COUNTRY, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GazetteerEntry("k", "", ActorKind.COUNTRY, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GazetteerEntry("k", "x", null, null, null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new GazetteerEntry("k", "x", ActorKind.COUNTRY, "US", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<String> aliases = new ArrayList<>(List.of("a"));
    GazetteerEntry e = new GazetteerEntry("k", "x", ActorKind.ORGANIZATION, "", "GOV", aliases);
    aliases.add("b");
    assertThat(e.aliases()).containsExactly("a");
    assertThat(e.code()).isNull();
    assertThatThrownBy(() -> e.aliases().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void normalisation() {
    assertThat(GazetteerText.capsKey("U.S.")).isEqualTo("US");
    assertThat(GazetteerText.capsKey("U. N.")).isEqualTo("UN");
    assertThat(GazetteerText.capsKey("us")).isNull();
    assertThat(GazetteerText.capsKey("Us")).isNull();
    assertThat(GazetteerText.isCapsOnly("IRGC")).isTrue();
    assertThat(GazetteerText.isCapsOnly("UNICEF")).isFalse();
    assertThat(GazetteerText.isCapsOnly("Nato")).isFalse();
    assertThat(GazetteerText.ciKey("Élysée")).isEqualTo("elysee");
    assertThat(GazetteerText.ciKey("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(GazetteerText.ciKey("Guinea‐Bissau")).isEqualTo("guinea bissau");
    assertThat(GazetteerText.ciKey("U.N. 's atomic watchdog")).isEqualTo("un's atomic watchdog");
    assertThat(GazetteerText.ciKey("Washington , D.C.")).isEqualTo("washington dc");
    assertThat(GazetteerText.stripPossessive("Iran’s")).isEqualTo("Iran");
    assertThat(GazetteerText.stripPossessive("U.N.'s")).isEqualTo("U.N.");
    assertThat(GazetteerText.stripPossessive("Philippines'")).isEqualTo("Philippines");
    assertThat(GazetteerText.stripThe("The Kremlin")).isEqualTo("Kremlin");
  }

  private static void assertFails(String countries, String where, String problem) {
    assertThatThrownBy(() -> load(countries, ORGS, MEDIA, TITLES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(where)
        .hasMessageContaining(problem);
  }

  private static void assertFailsOrgs(String extraOrg, String where, String problem) {
    assertThatThrownBy(() -> load(COUNTRIES, ORGS + extraOrg, MEDIA, TITLES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(where)
        .hasMessageContaining(problem);
  }
}
