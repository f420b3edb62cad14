package org.geokg.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Generic agent nouns and their sector ({@code actor/agents.tsv}): "soldiers" MIL, "police" POL,
 * "demonstrators" CIV. Immutable and thread-safe.
 */
final class Agents {
  /**
   * Each sector's names: the collective an agent actor is named by ("Iranian military"), and the title
   * of a role the dictionaries give in it, the sector's own name in the singular, since a code says
   * whom a person acts for, not which office they hold.
   */
  private record Names(String collective, String title) {}

  private static final Map<String, Names> NAMES = Map.ofEntries(
      Map.entry("GOV", new Names("government", "government")), Map.entry("MIL", new Names("military", "military")),
      Map.entry("POL", new Names("police", "police")), Map.entry("REB", new Names("rebels", "rebel")),
      Map.entry("OPP", new Names("opposition", "opposition")), Map.entry("JUD", new Names("judiciary", "judiciary")),
      Map.entry("LEG", new Names("legislature", "legislature")), Map.entry("DIP", new Names("diplomats", "diplomat")),
      Map.entry("MED", new Names("media", "media")), Map.entry("BUS", new Names("business", "business")),
      Map.entry("CIV", new Names("civilians", "civilian")), Map.entry("CRM", new Names("criminals", "criminal")),
      Map.entry("SPY", new Names("intelligence", "intelligence")));

  private final Map<String, String> sectors;

  private Agents(Map<String, String> sectors) {
    this.sectors = Map.copyOf(sectors);
  }

  static Agents fromClasspath() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Agents.class.getResourceAsStream("/actor/agents.tsv")) {
      if (in == null) {
        throw new IllegalStateException("actor/agents.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !NAMES.containsKey(f[1].strip())) {
          throw new IllegalStateException("actor/agents.tsv:" + n + ": expected lemma and a known sector");
        }
        out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Agents(out);
  }

  /** Every sector an agent can have. */
  static java.util.Set<String> sectors() {
    return NAMES.keySet();
  }

  /**
   * The title of the role of acting for a country's {@code sector}: "government" for GOV, "military"
   * for MIL, "diplomat" for DIP.
   *
   * @throws IllegalArgumentException for a sector {@link #sectors()} does not list
   */
  static String roleTitle(String sector) {
    Names n = NAMES.get(sector);
    if (n == null) {
      throw new IllegalArgumentException("not a sector: " + sector);
    }
    return n.title();
  }

  /** The sector of an agent noun (by lemma, or by word for plurals the lemmatiser keeps), if it is one. */
  Optional<String> sector(String lemma, String word) {
    String s = sectors.get(lemma.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(s != null ? s : sectors.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The actor standing for the agents of one sector of one country, named as the news names it, by
   * the country's adjective where it has one: "Israeli military", "Iranian government". One node per
   * country and sector however the text writes it ("Iran's government", "the government of Iran").
   */
  static Actor actor(GazetteerEntry country, String demonym, String sector) {
    String owner = demonym != null ? demonym : country.name();
    return new Actor(ActorKey.agent(country.code(), sector).value(),
        owner + " " + NAMES.get(sector).collective(), ActorKind.ORGANIZATION, country.code(), sector, java.util.Set.of());
  }
}
