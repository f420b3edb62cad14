package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.fromClasspath();

  private static String key(String surface) {
    return G.lookup(surface).map(m -> m.entry().key()).orElse(null);
  }

  private static MatchKind how(String surface) {
    return G.lookup(surface).map(GazetteerMatch::how).orElse(null);
  }

  @Test
  void unitedStatesByItsNames() {
    for (String s : List.of("America", "U.S.", "US", "USA", "U.S.A.", "United States of America", "United States",
        "the United States", "the States", "U.S.'s")) {
      assertThat(key(s)).as(s).isEqualTo("country:USA");
      assertThat(how(s)).as(s).isEqualTo(MatchKind.NAME);
    }
    assertThat(key("American")).isEqualTo("country:USA");
    assertThat(how("Americans")).isEqualTo(MatchKind.DEMONYM);
    assertThat(how("the White House")).isEqualTo(MatchKind.GOVERNMENT_METONYM);
    assertThat(key("Washington")).isEqualTo("country:USA");
  }

  @Test
  void iranNameDemonymAndMetonym() {
    assertThat(G.lookup("Iran")).get().extracting(GazetteerMatch::how).isEqualTo(MatchKind.NAME);
    assertThat(key("Iran's")).isEqualTo("country:IRN");
    assertThat(how("Iran’s")).isEqualTo(MatchKind.NAME);
    assertThat(key("Iranian")).isEqualTo("country:IRN");
    assertThat(how("Iranian")).isEqualTo(MatchKind.DEMONYM);
    assertThat(key("Tehran")).isEqualTo("country:IRN");
    assertThat(how("Tehran")).isEqualTo(MatchKind.GOVERNMENT_METONYM);
    assertThat(key("Islamic Republic of Iran")).isEqualTo("country:IRN");
  }

  @Test
  void metonymsOfGovernments() {
    assertThat(key("the Kremlin")).isEqualTo("country:RUS");
    assertThat(how("the Kremlin")).isEqualTo(MatchKind.GOVERNMENT_METONYM);
    assertThat(key("Kremlin")).isEqualTo("country:RUS");
    assertThat(key("Downing Street")).isEqualTo("country:GBR");
    assertThat(key("Élysée")).isEqualTo("country:FRA");
    assertThat(key("Elysee")).isEqualTo("country:FRA");
    assertThat(key("Kiev")).isEqualTo("country:UKR");
    assertThat(key("Kyiv")).isEqualTo("country:UKR");
    assertThat(key("Brussels")).isEqualTo("org:european-union");
    assertThat(how("Brussels")).isEqualTo(MatchKind.GOVERNMENT_METONYM);
  }

  @Test
  void unitedNationsIsOneIgo() {
    for (String s : List.of("U.N.", "UN", "U.N", "United Nations", "the U.N.", "the United Nations", "U.N.'s")) {
      assertThat(key(s)).as(s).isEqualTo("org:united-nations");
    }
    assertThat(G.lookup("UN").get().entry().code()).isEqualTo("IGO");
    assertThat(G.lookup("UN").get().entry().isIntergovernmental()).isTrue();
  }

  @Test
  void iaeaByItsDescriptions() {
    for (String s : List.of("IAEA", "International Atomic Energy Agency", "U.N.'s atomic watchdog", "UN nuclear watchdog",
        "the atomic watchdog", "the U.N. nuclear watchdog")) {
      assertThat(key(s)).as(s).isEqualTo("org:iaea");
    }
  }

  @Test
  void governmentBodies() {
    assertThat(G.lookup("Revolutionary Guard")).get()
        .satisfies(m -> {
          assertThat(m.entry().code()).isEqualTo("IRN");
          assertThat(m.entry().sector()).isEqualTo("MIL");
          assertThat(m.entry().kind()).isEqualTo(ActorKind.ORGANIZATION);
        });
    assertThat(key("IRGC")).isEqualTo("org:irgc");
    assertThat(key("Revolutionary Guards")).isEqualTo("org:irgc");
    assertThat(key("Justice Department")).isEqualTo("org:us-justice-department");
    assertThat(G.lookup("Justice Department").get().entry().code()).isEqualTo("USA");
    assertThat(G.lookup("FBI").get().entry().code()).isEqualTo("USA");
    assertThat(G.lookup("FBI").get().entry().sector()).isEqualTo("POL");
    assertThat(G.lookup("the Pentagon").get().entry().sector()).isEqualTo("MIL");
    assertThat(G.lookup("CIA").get().entry().sector()).isEqualTo("SPY");
    assertThat(G.lookup("Hamas").get().entry().code()).isEqualTo("PSE");
    assertThat(G.lookup("Hezbollah").get().entry().code()).isEqualTo("LBN");
    assertThat(G.lookup("Islamic State").get().entry().code()).isNull();
    assertThat(G.lookup("Iranian Foreign Ministry").get().entry().sector()).isEqualTo("DIP");
    assertThat(G.lookup("Turkey's Foreign Ministry").get().entry().code()).isEqualTo("TUR");
  }

  @Test
  void shortCapsAbbreviationsNeedCapitals() {
    assertThat(G.lookup("us")).isEmpty();
    assertThat(G.lookup("Us")).isEmpty();
    assertThat(G.lookup("who")).isEmpty();
    assertThat(G.lookup("Who")).isEmpty();
    assertThat(key("WHO")).isEqualTo("org:who");
    assertThat(G.lookup("eu")).isEmpty();
    assertThat(key("EU")).isEqualTo("org:european-union");
    assertThat(key("Nato")).isEqualTo("org:nato");
    assertThat(key("NATO")).isEqualTo("org:nato");
  }

  @Test
  void media() {
    for (String s : List.of("Getty Images", "AFP", "AP", "The Independent", "Reuters", "AFP via Getty Images",
        "Associated Press", "the Associated Press", "Xinhua", "TASS", "Al Jazeera", "The New York Times", "inkl")) {
      assertThat(G.isMedia(s)).as(s).isTrue();
      assertThat(G.lookup(s)).as(s).isEmpty();
    }
    assertThat(G.isMedia("Independent")).isFalse();
    assertThat(G.isMedia("Iran")).isFalse();
    assertThat(G.isMedia("ap")).isFalse();
    assertThat(G.media("AFP")).get().extracting(GazetteerEntry::key).isEqualTo("media:afp");
    assertThat(G.media("Reuters/Getty Images")).get().extracting(GazetteerEntry::key).isEqualTo("media:reuters");
    assertThat(G.isMedia("Photo: AP")).isTrue();
    assertThat(G.isMedia("(AFP via Getty Images)")).isTrue();
    assertThat(G.isMedia("EPA-EFE")).isTrue();
    assertThat(G.isMedia("AP Photo/Evan Vucci")).isFalse();
    assertThat(G.isMedia("Iran/Reuters")).isFalse();
  }

  @Test
  void titles() {
    assertThat(G.titleSector("ambassador")).contains("DIP");
    assertThat(G.titleSector("foreign minister")).contains("DIP");
    assertThat(G.titleSector("Foreign Minister")).contains("DIP");
    assertThat(G.titleSector("minister")).contains("GOV");
    assertThat(G.titleSector("president-elect")).contains("GOV");
    assertThat(G.titleSector("Secretary-General")).contains("IGO");
    assertThat(G.titleSector("former defence minister")).contains("MIL");
    assertThat(G.titleSector("Iranian foreign minister")).contains("DIP");
    assertThat(G.titleSector("minister of agriculture")).contains("GOV");
    assertThat(G.titleSector("spokesmen")).contains("GOV");
    assertThat(G.titleSector("ambassadors")).contains("DIP");
    assertThat(G.titleSector("senator")).contains("LEG");
    assertThat(G.titleSector("general")).contains("MIL");
    assertThat(G.titleSector("plumber")).isEmpty();
  }

  @Test
  void scanFindsCountryAndUn() {
    List<Gazetteer.TokenMatch> ms = G.scan(List.of("Iran", "'s", "ambassador", "to", "the", "U.N.", "."));
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).start()).isZero();
    assertThat(ms.get(0).end()).isEqualTo(1);
    assertThat(ms.get(0).match().entry().key()).isEqualTo("country:IRN");
    assertThat(ms.get(1).start()).isBetween(4, 5);
    assertThat(ms.get(1).end()).isEqualTo(6);
    assertThat(ms.get(1).match().entry().key()).isEqualTo("org:united-nations");
  }

  @Test
  void scanPrefersLongestAndSkipsMedia() {
    List<Gazetteer.TokenMatch> ms = G.scan(List.of("the", "U.N.", "'s", "atomic", "watchdog", "said"));
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(1);
      assertThat(m.end()).isEqualTo(5);
      assertThat(m.match().entry().key()).isEqualTo("org:iaea");
    });
    assertThat(G.scan(List.of("told", "The", "Washington", "Post", "."))).isEmpty();
    assertThat(G.scan(List.of("an", "independent", "turkey", "inquiry", "in", "china"))).isEmpty();
    assertThat(G.scan(List.of("let", "us", "ask", "who", "knows"))).isEmpty();
    List<Gazetteer.TokenMatch> iranians = G.scan(List.of("Iranians", "in", "Tehran"));
    assertThat(iranians).extracting(m -> m.match().how())
        .containsExactly(MatchKind.DEMONYM, MatchKind.GOVERNMENT_METONYM);
  }

  @Test
  void countryByCode() {
    assertThat(G.country("IRN")).get().extracting(GazetteerEntry::name).isEqualTo("Iran");
    assertThat(G.country("usa")).get().extracting(GazetteerEntry::name).isEqualTo("United States");
    assertThat(G.country("XKX")).isPresent();
    assertThat(G.country("PSE")).isPresent();
    assertThat(G.country("TWN")).isPresent();
    assertThat(G.byKey("country:GBR")).get().extracting(GazetteerEntry::name).isEqualTo("United Kingdom");
    assertThat(G.byKey("org:iaea")).isPresent();
  }

  @Test
  void scanForgivesOneTypingErrorInALongCountryName() {
    List<Gazetteer.TokenMatch> ms = G.scan(List.of("an", "offer", "from", "Afganistan", "and", "the", "Phillippines"));
    assertThat(ms).extracting(m -> m.match().entry().code()).containsExactly("AFG", "PHL");
    assertThat(ms.get(0).start()).isEqualTo(3);
  }

  @Test
  void shortCountryNamesAndLowerCaseWordsGetNoTypoMatch() {
    // Short names are never guessed ("Iran" and "Iraq" are one letter apart); nor are lower-case words.
    assertThat(G.scan(List.of("troops", "in", "Irqa", "and", "afganistan"))).isEmpty();
  }

  @Test
  void oneEditApartCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(Gazetteer.oneEditApart("afganistan", "afghanistan")).isTrue();
    assertThat(Gazetteer.oneEditApart("phillippines", "philippines")).isTrue();
    assertThat(Gazetteer.oneEditApart("ukriane", "ukraine")).isTrue();
    assertThat(Gazetteer.oneEditApart("germeny", "germany")).isTrue();
    assertThat(Gazetteer.oneEditApart("germany", "germany")).isFalse();
    assertThat(Gazetteer.oneEditApart("austria", "australia")).isFalse();
  }
}
