package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks of the shipped data files: every row loads and every form finds its own row. */
class GazetteerDataTest {

  private static final Gazetteer G = Gazetteer.fromClasspath();
  private static final List<GazetteerTsv.Row> COUNTRIES = GazetteerTsv.readResource(Gazetteer.COUNTRIES, 2, 5);
  private static final List<GazetteerTsv.Row> ORGS = GazetteerTsv.readResource(Gazetteer.ORGANIZATIONS, 2, 6);
  private static final List<GazetteerTsv.Row> MEDIA = GazetteerTsv.readResource(Gazetteer.MEDIA, 2, 4);
  private static final List<GazetteerTsv.Row> TITLES = GazetteerTsv.readResource(Gazetteer.TITLES, 2, 3);

  @Test
  void everyRowLoads() {
    assertThat(G.entries()).hasSize(COUNTRIES.size() + ORGS.size());
    assertThat(G.mediaEntries()).hasSize(MEDIA.size());
    assertThat(COUNTRIES).hasSizeGreaterThanOrEqualTo(250);
    assertThat(ORGS).hasSizeGreaterThan(300);
    assertThat(MEDIA).hasSizeGreaterThan(50);
    assertThat(TITLES).hasSizeGreaterThan(40);
    for (GazetteerTsv.Row r : ORGS) {
      assertThat(G.byKey("org:" + r.cell(0))).as(r.where()).get()
          .extracting(GazetteerEntry::name).isEqualTo(r.cell(1));
    }
    for (GazetteerTsv.Row r : MEDIA) {
      assertThat(G.byKey("media:" + r.cell(0))).as(r.where()).isPresent();
    }
  }

  @Test
  void countryCodesAreUniqueAndCoverIso3166() {
    Set<String> codes = new TreeSet<>();
    for (GazetteerTsv.Row r : COUNTRIES) {
      assertThat(codes.add(r.cell(0))).as("duplicate code at " + r.where()).isTrue();
      assertThat(G.country(r.cell(0))).as(r.where()).get()
          .satisfies(e -> {
            assertThat(e.key()).isEqualTo("country:" + r.cell(0));
            assertThat(e.code()).isEqualTo(r.cell(0));
            assertThat(e.kind()).isEqualTo(ActorKind.COUNTRY);
          });
    }
    Set<String> iso = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    iso.add("XKX");
    assertThat(codes).containsAll(iso);
    assertThat(codes).contains("PSE", "TWN", "XKX");
  }

  @Test
  void everyCountryFormFindsItsCountryWithItsKind() {
    for (GazetteerTsv.Row r : COUNTRIES) {
      String key = "country:" + r.cell(0);
      expect(r, r.cell(1), key, MatchKind.NAME);
      r.values(2).forEach(a -> expect(r, a, key, MatchKind.NAME));
      r.values(3).forEach(d -> expect(r, d, key, MatchKind.DEMONYM));
      r.values(4).forEach(m -> expect(r, m, key, MatchKind.GOVERNMENT_METONYM));
    }
  }

  @Test
  void everyOrganisationFormFindsItsOrganisation() {
    for (GazetteerTsv.Row r : ORGS) {
      String key = "org:" + r.cell(0);
      expect(r, r.cell(1), key, MatchKind.NAME);
      r.values(4).forEach(a -> expect(r, a, key, MatchKind.NAME));
      r.values(5).forEach(m -> expect(r, m, key, MatchKind.GOVERNMENT_METONYM));
    }
  }

  @Test
  void everyMediaFormIsMediaAndNeverAnActor() {
    for (GazetteerTsv.Row r : MEDIA) {
      for (String s : concat(r.cell(1), r.values(2))) {
        assertThat(G.media(s)).as(s + " at " + r.where()).get()
            .extracting(GazetteerEntry::key).isEqualTo("media:" + r.cell(0));
        assertThat(G.lookup(s)).as(s + " at " + r.where()).isEmpty();
      }
    }
    for (GazetteerEntry e : G.entries()) {
      assertThat(G.isMedia(e.name())).as(e.key()).isFalse();
    }
  }

  @Test
  void everyTitleFormHasItsSector() {
    java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
    for (GazetteerTsv.Row r : TITLES) {
      assertThat(Gazetteer.SECTORS).as(r.where()).contains(r.cell(1));
      for (String t : concat(r.cell(0), r.values(2))) {
        // Spelling variants within a row are fine ("chargé"/"charge"); one role in two rows is not.
        assertThat(rowOf.putIfAbsent(GazetteerText.ciKey(t), r.line()))
            .as("title " + t + " at " + r.where() + " is in another row").isIn(null, r.line());
        assertThat(G.titleSector(t)).as(t + " at " + r.where()).contains(r.cell(1));
      }
    }
  }

  @Test
  void organisationsHaveValidCodesAndSectors() {
    for (GazetteerEntry e : G.entries()) {
      if (e.kind() == ActorKind.ORGANIZATION) {
        assertThat(Gazetteer.SECTORS).as(e.key()).contains(e.sector());
        if (e.code() != null && !e.isIntergovernmental()) {
          assertThat(G.country(e.code())).as(e.key()).isPresent();
        }
      } else {
        assertThat(e.sector()).as(e.key()).isNull();
      }
    }
  }

  private static void expect(GazetteerTsv.Row r, String surface, String key, MatchKind how) {
    GazetteerMatch m = G.lookup(surface).orElse(null);
    assertThat(m).as("'" + surface + "' at " + r.where() + " finds nothing").isNotNull();
    assertThat(m.entry().key()).as("'" + surface + "' at " + r.where()).isEqualTo(key);
    // The same form may be both name and metonym of one entry ("Kuwait"); the stronger kind wins.
    assertThat(m.how().ordinal()).as("'" + surface + "' at " + r.where()).isLessThanOrEqualTo(how.ordinal());
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }
}
