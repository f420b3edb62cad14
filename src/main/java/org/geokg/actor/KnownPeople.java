package org.geokg.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People known to act for one country or intergovernmental organisation ({@code
 * gazetteer/people.tsv}): heads of state and government of the most reported countries, and heads
 * of the UN and the IAEA. Consulted only for people the text gives no country of its own, as
 * PETRARCH's actor dictionaries are. Immutable and thread-safe.
 */
final class KnownPeople {

  static final String PEOPLE = "gazetteer/people.tsv";
  private static final Set<String> SECTORS = Set.of("GOV", "DIP", "IGO");

  /** Whom a person acts for. */
  record Affiliation(String code, String sector) {}

  private final Map<String, Affiliation> byName;
  private final Map<String, Set<Affiliation>> bySurname;
  private final Map<String, Set<String>> fullNamesBySurname;

  private KnownPeople(Map<String, Affiliation> byName, Map<String, Set<Affiliation>> bySurname,
      Map<String, Set<String>> fullNamesBySurname) {
    this.byName = Map.copyOf(byName);
    this.bySurname = Map.copyOf(bySurname);
    this.fullNamesBySurname = Map.copyOf(fullNamesBySurname);
  }

  /** The list on the classpath, its codes checked against the country gazetteer. */
  static KnownPeople fromClasspath(Gazetteer gazetteer) {
    Map<String, Affiliation> byName = new HashMap<>();
    Map<String, Set<Affiliation>> bySurname = new HashMap<>();
    Map<String, Set<String>> fullNames = new HashMap<>();
    for (GazetteerTsv.Row row : GazetteerTsv.readResource(PEOPLE, 3, 4)) {
      String code = row.cell(1);
      if (!code.equals("IGO") && gazetteer.country(code).isEmpty()) {
        throw row.fail("code must be IGO or a code of countries.tsv: " + code);
      }
      if (!SECTORS.contains(row.cell(2))) {
        throw row.fail("sector must be one of " + SECTORS + ": " + row.cell(2));
      }
      Affiliation a = new Affiliation(code, row.cell(2));
      List<String> names = new java.util.ArrayList<>(row.values(3));
      names.add(0, row.cell(0));
      for (String name : names) {
        Affiliation known = byName.putIfAbsent(GazetteerText.ciKey(name), a);
        if (known != null && !known.equals(a)) {
          throw row.fail("name listed with two affiliations: " + name);
        }
        String key = GazetteerText.ciKey(name);
        if (key.contains(" ")) {
          String surname = key.substring(key.lastIndexOf(' ') + 1);
          bySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(a);
          fullNames.computeIfAbsent(surname, k -> new HashSet<>()).add(row.cell(0));
        }
      }
    }
    return new KnownPeople(byName, bySurname, fullNames);
  }

  /** The affiliation of the person of this full name (accents, case and dots ignored). */
  Optional<Affiliation> byName(String name) {
    return Optional.ofNullable(byName.get(GazetteerText.ciKey(name)));
  }

  /**
   * The full name of the one listed person of this surname ("Trump": "Donald Trump"), empty when the
   * list has none or several.
   */
  Optional<String> onlyPersonNamed(String surname) {
    Set<String> all = fullNamesBySurname.getOrDefault(GazetteerText.ciKey(surname), Set.of());
    return all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
  }

  /** Each surname that one listed person alone bears, to that person's full name. */
  Map<String, String> onlyPeopleBySurname() {
    Map<String, String> out = new HashMap<>();
    fullNamesBySurname.forEach((surname, names) -> {
      if (names.size() == 1) {
        out.put(surname, names.iterator().next());
      }
    });
    return out;
  }

  /** The affiliation every listed person of this surname shares ("Bush": USA), if they share one. */
  Optional<Affiliation> bySurname(String surname) {
    Set<Affiliation> all = bySurname.getOrDefault(GazetteerText.ciKey(surname), Set.of());
    return all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
  }
}
