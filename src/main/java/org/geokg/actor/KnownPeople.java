package org.geokg.actor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People known to act for one country or intergovernmental organisation ({@code
 * gazetteer/people.tsv}): heads of state and government of the most reported countries, and heads
 * of the UN and the IAEA; then, when given, a user's file of the same format read after it, whose
 * lines win over shipped lines of the same name. Each line names where its fact comes from (column
 * 5, {@code source}). Consulted only for people the text gives no country of its own, as PETRARCH's
 * actor dictionaries are. Immutable and thread-safe.
 */
final class KnownPeople {

  static final String PEOPLE = "gazetteer/people.tsv";
  private static final Set<String> SECTORS = Set.of("GOV", "DIP", "IGO");
  private static final int COLUMNS = 5;

  /** Whom a person acts for. */
  record Affiliation(String code, String sector) {}

  /**
   * One line of a list: the person's full name, affiliation, other names, where the fact comes from
   * and where the line is ({@code file:line}).
   */
  record Person(String name, Affiliation affiliation, List<String> aliases, String source, String where) {
    Person {
      aliases = List.copyOf(aliases);
    }

    List<String> names() {
      List<String> all = new ArrayList<>(aliases);
      all.add(0, name);
      return all;
    }
  }

  private final Map<String, Person> byName;
  private final Map<String, Set<Affiliation>> bySurname;
  private final Map<String, Set<String>> fullNamesBySurname;

  private KnownPeople(Map<String, Person> byName, Map<String, Set<Affiliation>> bySurname,
      Map<String, Set<String>> fullNamesBySurname) {
    this.byName = Map.copyOf(byName);
    this.bySurname = Map.copyOf(bySurname);
    this.fullNamesBySurname = Map.copyOf(fullNamesBySurname);
  }

  /** The list on the classpath, its codes checked against the country gazetteer. */
  static KnownPeople fromClasspath(Gazetteer gazetteer) {
    return of(people(GazetteerTsv.readResource(PEOPLE, 3, COLUMNS), gazetteer), List.of());
  }

  /**
   * The list on the classpath, then the user's {@code file} (same format), whose lines win over
   * shipped lines of the same name or alias; codes checked against the country gazetteer.
   *
   * @throws IllegalStateException naming the file and line of the first malformed line
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  static KnownPeople withUserFile(Gazetteer gazetteer, Path file) {
    List<Person> shipped = people(GazetteerTsv.readResource(PEOPLE, 3, COLUMNS), gazetteer);
    List<GazetteerTsv.Row> rows;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = GazetteerTsv.read(file.toString(), r, 3, COLUMNS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the people file " + file + ": " + e.getMessage(), e);
    }
    return of(shipped, people(rows, gazetteer));
  }

  /** The lines of one file, checked; a name given twice in one file is an error. */
  private static List<Person> people(List<GazetteerTsv.Row> rows, Gazetteer gazetteer) {
    List<Person> out = new ArrayList<>();
    Map<String, Affiliation> seen = new HashMap<>();
    for (GazetteerTsv.Row row : rows) {
      String code = row.cell(1);
      if (!code.equals("IGO") && gazetteer.country(code).isEmpty()) {
        throw row.fail("code must be IGO or a code of countries.tsv: " + code);
      }
      if (!SECTORS.contains(row.cell(2))) {
        throw row.fail("sector must be one of " + SECTORS + ": " + row.cell(2));
      }
      if (row.cell(4).isEmpty()) {
        throw row.fail("column 5 (source: where the fact comes from) is empty");
      }
      Person p = new Person(row.cell(0), new Affiliation(code, row.cell(2)), row.values(3), row.cell(4), row.where());
      for (String name : p.names()) {
        Affiliation known = seen.putIfAbsent(GazetteerText.ciKey(name), p.affiliation());
        if (known != null && !known.equals(p.affiliation())) {
          throw row.fail("name listed with two affiliations: " + name);
        }
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The shipped people, then the user's: a user line whose name or alias is a shipped line's name
   * replaces that line (its aliases too); a user's alias another shipped line also lists is the user's.
   */
  private static KnownPeople of(List<Person> shipped, List<Person> user) {
    Set<String> userNames = new HashSet<>();
    user.forEach(p -> p.names().forEach(n -> userNames.add(GazetteerText.ciKey(n))));
    List<Person> all = new ArrayList<>();
    for (Person p : shipped) {
      if (!userNames.contains(GazetteerText.ciKey(p.name()))) {
        all.add(p);
      }
    }
    all.addAll(user);
    Map<String, Person> byName = new HashMap<>();
    for (Person p : all) {
      p.names().forEach(n -> byName.put(GazetteerText.ciKey(n), p)); // the later (user's) line wins a name
    }
    for (Person p : all) {
      // "Nuri Maliki" finds a person listed as "Nuri al-Maliki", unless another is listed so
      p.names().forEach(n -> {
        String bare = GazetteerText.withoutArabicArticle(GazetteerText.ciKey(n));
        if (bare != null) {
          byName.putIfAbsent(bare, p);
        }
      });
    }
    Map<String, Set<Affiliation>> bySurname = new HashMap<>();
    Map<String, Set<String>> fullNames = new HashMap<>();
    for (Person p : all) {
      for (String name : p.names()) {
        String key = GazetteerText.ciKey(name);
        if (key.contains(" ") && byName.get(key) == p) {
          String surname = key.substring(key.lastIndexOf(' ') + 1);
          bySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(p.affiliation());
          fullNames.computeIfAbsent(surname, k -> new HashSet<>()).add(p.name());
        }
      }
    }
    return new KnownPeople(byName, bySurname, fullNames);
  }

  /**
   * The line that lists this full name or alias (accents, case and dots ignored; the Arabic article of
   * a family name may be left out on either side), the user's first.
   */
  Optional<Person> person(String name) {
    String key = GazetteerText.ciKey(name);
    Person p = byName.get(key);
    String bare = p == null ? GazetteerText.withoutArabicArticle(key) : null;
    return Optional.ofNullable(bare != null ? byName.get(bare) : p);
  }

  /** The affiliation of the person of this full name (accents, case and dots ignored). */
  Optional<Affiliation> byName(String name) {
    return person(name).map(Person::affiliation);
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
