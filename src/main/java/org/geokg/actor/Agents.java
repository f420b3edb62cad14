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
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("POL", "police"),
      Map.entry("REB", "rebels"), Map.entry("OPP", "opposition"), Map.entry("JUD", "judiciary"),
      Map.entry("LEG", "legislature"), Map.entry("DIP", "diplomats"), Map.entry("MED", "media"),
      Map.entry("BUS", "business"), Map.entry("CIV", "civilians"), Map.entry("CRM", "criminals"),
      Map.entry("SPY", "intelligence"));

  /**
   * The title of a role in a sector, for the roles the dictionaries give: the sector's own name, since
   * a code says whom a person acts for, not which office they hold.
   */
  private static final Map<String, String> ROLE_TITLES = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("POL", "police"),
      Map.entry("REB", "rebel"), Map.entry("OPP", "opposition"), Map.entry("JUD", "judiciary"),
      Map.entry("LEG", "legislature"), Map.entry("DIP", "diplomat"), Map.entry("MED", "media"),
      Map.entry("BUS", "business"), Map.entry("CIV", "civilian"), Map.entry("CRM", "criminal"),
      Map.entry("SPY", "intelligence"));

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
        if (f.length != 2 || !LABELS.containsKey(f[1].strip())) {
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
    return LABELS.keySet();
  }

  /**
   * The title of the role of acting for a country's {@code sector}: "government" for GOV, "military"
   * for MIL, "diplomat" for DIP.
   *
   * @throws IllegalArgumentException for a sector {@link #sectors()} does not list
   */
  static String roleTitle(String sector) {
    String t = ROLE_TITLES.get(sector);
    if (t == null) {
      throw new IllegalArgumentException("not a sector: " + sector);
    }
    return t;
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
        owner + " " + LABELS.get(sector), ActorKind.ORGANIZATION, country.code(), sector, java.util.Set.of());
  }
}
