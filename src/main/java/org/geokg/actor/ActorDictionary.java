package org.geokg.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field's actor dictionaries (PETRARCH's Phoenix files under {@code actor/phoenix/}, see its
 * README): people, institutions, companies and armed groups with their date-bounded CAMEO codes.
 * Answers which country (or {@code IGO}) a full name acts for at a date. Names are compared as the
 * gazetteer compares them (case, accents, dots and hyphens ignored).
 *
 * <p>A name listed for two different countries at that date has no answer. One-word names are
 * answered for organisations only ("IAEA"): a lone word in a person's name is too often someone
 * else's surname. An abbreviation a name gives in parentheses ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_")
 * is a name of the entry too, answered only for a name written in capitals.
 *
 * <p>The entries of the international and armed-group files are organisations, each with its names
 * ({@link #organisation}): all of them name one actor. The countries file is not read so: it groups a
 * country's bodies by code (the FBI with "federal law enforcement", NASA with the National Science
 * Foundation), so the names of one of its entries are not one body's. Immutable and thread-safe.
 */
final class ActorDictionary {

  static final List<String> FILES = List.of("actor/phoenix/Phoenix.Countries.actors.txt",
      "actor/phoenix/Phoenix.International.actors.txt", "actor/phoenix/Phoenix.MilNonState.actors.txt");

  /** Sector letters after the country, as the project's sectors; others give no sector. */
  private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("GOV", "GOV"), Map.entry("MIL", "MIL"),
      Map.entry("JUD", "JUD"), Map.entry("LEG", "LEG"), Map.entry("DIP", "DIP"), Map.entry("BUS", "BUS"),
      Map.entry("MED", "MED"), Map.entry("OPP", "OPP"), Map.entry("REB", "REB"), Map.entry("COP", "POL"),
      Map.entry("SPY", "SPY"), Map.entry("CVL", "CIV"), Map.entry("CRM", "CRM"));
  private static final Pattern GROUP = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATES = Pattern.compile("([<>]?)(\\d{6,8})(?:-(\\d{6,8}))?");

  /**
   * One code with the dates it holds between (either may be open); {@code bare} when it is a country's
   * code alone, as the dictionaries give a country's own names and places.
   */
  record Code(String country, String sector, LocalDate from, LocalDate to, boolean bare) {
    boolean holdsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    boolean dated() {
      return from != null || to != null;
    }
  }

  /** What the dictionaries say of a name at a date. */
  record Affiliation(String code, String sector) {}

  /**
   * One organisation of the international or armed-group files: its first name as listed, without a
   * parenthesised part ("LIBERATION TIGERS OF TAMIL EELAM"), every name it is listed under, so (the
   * first one included, abbreviations aside), the abbreviations its names give in parentheses, and its
   * codes.
   */
  record Entry(String name, List<String> names, List<String> abbreviations, List<Code> codes) {
    Entry {
      if (name == null || name.isBlank() || codes == null || codes.isEmpty()) {
        throw new IllegalArgumentException("a dictionary entry needs a name and a code");
      }
      names = List.copyOf(names);
      abbreviations = List.copyOf(abbreviations);
      codes = List.copyOf(codes);
    }

    /** Whom it acts for on {@code date} (today when null), as {@link #lookup} chooses among codes. */
    Affiliation affiliationOn(LocalDate date) {
      Code c = best(codes, date == null ? LocalDate.now() : date);
      return new Affiliation(c.country(), c.sector());
    }

    /**
     * The first name as news prints it: words capitalised, short linking words in lower case
     * ("Liberation Tigers of Tamil Eelam", "Lord's Resistance Army", "Al-Qaeda in the Arabian
     * Peninsula"); a one-word name of four letters or fewer, or without a vowel, stays in capitals
     * ("NATO", "EZLN").
     */
    String displayName() {
      return printed(name);
    }
  }

  private static final Set<String> LINKING_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "du", "des", "la", "le", "el", "y");

  /** A listed upper-case name as news prints it; see {@link Entry#displayName}. */
  static String printed(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    if (words.length == 1 && (name.length() <= 4 || !name.matches(".*[AEIOUY].*"))) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      if (i > 0 && LINKING_WORDS.contains(words[i])) {
        out.append(words[i]);
        continue;
      }
      String[] parts = words[i].split("-", -1);
      for (int k = 0; k < parts.length; k++) {
        // "Lashkar-i-Omar": a short inner part is a particle
        out.append(k > 0 ? "-" : "").append(k == 0 || parts[k].length() > 2 ? capitalised(parts[k]) : parts[k]);
      }
    }
    return out.toString();
  }

  /** A person of the dictionaries: the names it is listed under, its first one first, and its codes. */
  record Person(List<String> names, List<Code> codes) {
    Person {
      names = List.copyOf(names);
      codes = List.copyOf(codes);
      if (names.isEmpty() || codes.isEmpty()) {
        throw new IllegalArgumentException("a dictionary person needs a name and a code");
      }
    }

    /** Whether a dated code of theirs holds on {@code date}: in office then. */
    boolean inOfficeOn(LocalDate date) {
      return codes.stream().anyMatch(c -> c.dated() && c.holdsOn(date));
    }
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private final Map<String, List<List<Code>>> byName;
  /** The codes of the entries that give a name's abbreviation in parentheses, under the abbreviation. */
  private final Map<String, List<List<Code>>> byAbbreviation;
  /**
   * The people of the dictionaries (entries with a dated code or an elite one) under each surname
   * their names of two words or more end with: each person's names, its first one first, and codes.
   */
  private final Map<String, List<Person>> peopleBySurname;
  /** The organisations ({@link Entry}) under each of their names, in file order. */
  private final Map<String, List<Entry>> entriesByName;
  /** The organisations under each of their abbreviations, in file order. */
  private final Map<String, List<Entry>> entriesByAbbreviation;
  /**
   * Full names of three words or more under each of their leading parts of two words or more:
   * "vicente fox" to "vicente fox quesada", as the news shortens a person listed with both surnames.
   */
  private final Map<String, Set<String>> byLeadingWords;
  /** A listed name holding an Arabic article ("nuri al maliki"), by its key without it ("nuri maliki"). */
  private final Map<String, String> byNameWithoutArticle;
  /** Places (cities, regions, states) and other names of a country, to its code; one country each. */
  private final Map<String, String> places;

  private ActorDictionary(Read read) {
    Map<String, List<List<Code>>> byName = read.byName;
    this.byName = Map.copyOf(byName);
    this.byAbbreviation = Map.copyOf(read.byAbbreviation);
    this.entriesByName = Map.copyOf(read.entriesByName);
    this.entriesByAbbreviation = Map.copyOf(read.entriesByAbbreviation);
    this.peopleBySurname = Map.copyOf(read.peopleBySurname);
    Map<String, Set<String>> leading = new HashMap<>();
    for (String name : byName.keySet()) {
      String[] words = name.split(" ");
      for (int n = 2; n < words.length; n++) {
        leading.computeIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, n)), k -> new HashSet<>()).add(name);
      }
    }
    this.byLeadingWords = Map.copyOf(leading);
    Map<String, String> articleFree = new HashMap<>();
    for (String name : byName.keySet()) {
      String bare = GazetteerText.withoutArabicArticle(name);
      if (bare != null && !byName.containsKey(bare)) {
        articleFree.putIfAbsent(bare, name);
      }
    }
    this.byNameWithoutArticle = Map.copyOf(articleFree);
    Map<String, Set<String>> countries = new HashMap<>();
    byName.forEach((name, entries) -> {
      for (List<Code> codes : entries) {
        Code now = null;
        for (Code c : codes) {
          if (c.bare() && (now == null || c.to() == null || now.to() != null && c.to().isAfter(now.to()))) {
            now = c;
          }
        }
        if (now != null && !now.country().equals("IGO")) {
          countries.computeIfAbsent(name, k -> new HashSet<>()).add(now.country());
        }
      }
    });
    Map<String, String> one = new HashMap<>();
    countries.forEach((name, codes) -> {
      if (codes.size() == 1) {
        one.put(name, codes.iterator().next());
      }
    });
    this.places = Map.copyOf(one);
  }

  /**
   * The country a place or other country name belongs to ("Ohio", "Chicago", "Mumbai"), as the
   * dictionaries list them under the country; empty for names listed under two countries.
   */
  Optional<String> countryOfPlace(String name) {
    return Optional.ofNullable(places.get(GazetteerText.ciKey(name)));
  }

  /** The files whose entries are organisations, each one actor ({@link Entry}). */
  private static final Set<String> ORGANISATION_FILES =
      Set.of("actor/phoenix/Phoenix.International.actors.txt", "actor/phoenix/Phoenix.MilNonState.actors.txt");

  /** The dictionaries shipped on the classpath, codes kept when {@code known} accepts them. */
  static ActorDictionary fromClasspath(Predicate<String> known) {
    Read read = new Read(known);
    for (String file : FILES) {
      try (InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException(file + " is missing from the classpath");
        }
        read.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
            ORGANISATION_FILES.contains(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ActorDictionary(read);
  }

  /** A dictionary of the given text in the Phoenix format, read as an organisation file, for tests. */
  static ActorDictionary of(String text, Predicate<String> known) {
    Read read = new Read(known);
    try {
      read.read(new BufferedReader(new StringReader(text)), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActorDictionary(read);
  }

  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9&]+");

  /** What reading the files collects; not shared. */
  private static final class Read {
    final Predicate<String> known;
    final Map<String, List<List<Code>>> byName = new HashMap<>();
    final Map<String, List<List<Code>>> byAbbreviation = new HashMap<>();
    final Map<String, List<Entry>> entriesByName = new HashMap<>();
    final Map<String, List<Entry>> entriesByAbbreviation = new HashMap<>();
    final Map<String, List<Person>> peopleBySurname = new HashMap<>();

    Read(Predicate<String> known) {
      this.known = known;
    }

    void read(BufferedReader r, boolean organisations) throws IOException {
      List<String> names = new ArrayList<>();
      List<Code> codes = new ArrayList<>();
      boolean elite = false;
      for (String line; (line = r.readLine()) != null; ) {
        String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        if (body.isBlank()) {
          continue;
        }
        boolean continuation = Character.isWhitespace(body.charAt(0)) || body.startsWith("+");
        if (!continuation) {
          store(names, codes, organisations && !elite, elite);
          names = new ArrayList<>();
          codes = new ArrayList<>();
          elite = false;
        }
        String name = body.replaceFirst("^\\+", "");
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
          name = name.substring(0, bracket);
        }
        if (!name.isBlank()) {
          names.add(name.replace('_', ' ').strip());
        }
        Matcher m = GROUP.matcher(body);
        while (m.find()) {
          String group = m.group(1).strip();
          // [ELI], [AFGELI ...]: an elite, so a person whatever the file
          elite |= group.startsWith("ELI") || group.length() >= 6 && group.startsWith("ELI", 3);
          code(group, known).ifPresent(codes::add);
        }
      }
      store(names, codes, organisations && !elite, elite);
    }

    /**
     * One entry's names and codes; an organisation too when {@code organisation} and none of its codes
     * is dated (the people of these files hold dated offices) or a country's alone (a country's names);
     * a person when one of its codes is dated or {@code elite}.
     */
    private void store(List<String> names, List<Code> codes, boolean organisation, boolean elite) {
      if (names.isEmpty() || codes.isEmpty()) {
        return;
      }
      Set<String> keys = new java.util.LinkedHashSet<>();
      List<String> listed = new ArrayList<>();
      Set<String> abbreviations = new java.util.LinkedHashSet<>();
      for (String n : names) {
        String bare = n.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        String key = GazetteerText.ciKey(bare);
        if (!key.isBlank() && keys.add(key)) {
          listed.add(bare);
        }
        abbreviation(n).ifPresent(abbreviations::add);
      }
      List<Code> frozen = List.copyOf(codes);
      for (String k : keys) {
        byName.computeIfAbsent(k, x -> new ArrayList<>()).add(frozen);
      }
      for (String a : abbreviations) {
        byAbbreviation.computeIfAbsent(GazetteerText.ciKey(a), x -> new ArrayList<>()).add(frozen);
      }
      if (!keys.isEmpty() && (elite || frozen.stream().anyMatch(Code::dated))) {
        Person p = new Person(listed, frozen);
        Set<String> surnames = new HashSet<>();
        for (String n : listed) {
          int space = n.lastIndexOf(' ');
          if (space > 0) {
            surnames.add(GazetteerText.ciKey(n.substring(space + 1)));
          }
        }
        surnames.stream().filter(x -> !x.isBlank())
            .forEach(x -> peopleBySurname.computeIfAbsent(x, k -> new ArrayList<>()).add(p));
      }
      if (!organisation || keys.isEmpty() || frozen.stream().anyMatch(c -> c.dated() || c.bare())) {
        return;
      }
      Entry e = new Entry(listed.get(0), listed, List.copyOf(abbreviations), frozen);
      keys.forEach(k -> entriesByName.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
      abbreviations.forEach(a ->
          entriesByAbbreviation.computeIfAbsent(GazetteerText.ciKey(a), x -> new ArrayList<>()).add(e));
    }
  }

  /**
   * The abbreviation a listed name gives in parentheses: one capitalised word of three letters or more
   * whose letters are initials of the name's words ("LIBERATION TIGERS OF TAMIL EELAM (LTTE)",
   * "CORSICAN PATRIOTIC FRONT (FPC)"), not a qualifier ("RED FLAG (VENEZUELA)", "VIRGIN ISLANDS (UK)")
   * nor two letters, too often another word or code ("ARYAN NATIONS (AN)", "CONSCIENTIOUS ARSONISTS (CA)").
   */
  static Optional<String> abbreviation(String listedName) {
    Matcher m = PARENTHESISED.matcher(listedName);
    if (!m.find()) {
      return Optional.empty();
    }
    String a = m.group(1).replace(' ', '_').replaceAll("_+$", "").replace('_', ' ').strip();
    if (!ABBREVIATION.matcher(a).matches() || a.length() < 3) {
      return Optional.empty();
    }
    List<Character> initials = new ArrayList<>();
    for (String w : listedName.replace(m.group(), " ").split("[\\s-]+")) {
      if (!w.isEmpty()) {
        initials.add(Character.toUpperCase(w.charAt(0)));
      }
    }
    for (char c : a.toCharArray()) {
      if (!Character.isLetter(c)) {
        continue;
      }
      if (!initials.remove(Character.valueOf(c))) {
        return Optional.empty();
      }
    }
    return Optional.of(a);
  }

  /** Whether a surface is written as an abbreviation is: one word, in capitals ("LTTE", "U.N."). */
  static boolean writtenAsAbbreviation(String surface) {
    String s = surface.strip().replace(".", "");
    return s.length() >= 2 && ABBREVIATION.matcher(s).matches();
  }

  /**
   * The organisation of the international or armed-group files that this name (the name as a text
   * writes it) names: listed under that name, or under that abbreviation when the text writes it in
   * capitals; a one-word name other than the entry's first one only so (a lone word is too often a
   * common one: "Zero", "Interpol" for a group's other names). Empty when the name is not listed so,
   * when entries of different names give it different codes at {@code date} (today when null), or when
   * the countries file lists it for another country; of several entries agreeing, the first listed.
   */
  Optional<Entry> organisation(String name, LocalDate date) {
    String key = GazetteerText.ciKey(name);
    if (key.isBlank()) {
      return Optional.empty();
    }
    boolean capitals = writtenAsAbbreviation(name);
    List<Entry> found = new ArrayList<>();
    for (Entry e : entriesByName.getOrDefault(key, List.of())) {
      if (capitals || key.contains(" ") || GazetteerText.ciKey(e.name()).equals(key)) {
        found.add(e);
      }
    }
    if (capitals) {
      found.addAll(entriesByAbbreviation.getOrDefault(key, List.of()));
    }
    if (found.isEmpty() || lookup(name, false, date).isEmpty()) {
      return Optional.empty();
    }
    Set<Affiliation> affiliations = new HashSet<>();
    found.forEach(e -> affiliations.add(e.affiliationOn(date)));
    return affiliations.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The full name of the one person the dictionaries list with this surname ("Maliki": "Nuri al
   * Maliki") who holds a dated code on {@code date}, written as news prints it: the first of their
   * names that ends with the surname, else the shortest that does. Empty without a date, or when
   * nobody or several people (entries sharing no name) are so listed.
   */
  Optional<String> onlyPersonInOffice(String surname, LocalDate date) {
    String key = GazetteerText.ciKey(surname);
    if (date == null || key.isBlank() || key.contains(" ") && !surname.contains("-")) {
      return Optional.empty();
    }
    List<Person> found = new ArrayList<>();
    for (Person p : peopleBySurname.getOrDefault(key, List.of())) {
      if (p.inOfficeOn(date)) {
        found.add(p);
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // one person listed twice (in two files, under two first names) shares a name between the entries
    Set<String> first = new HashSet<>();
    found.get(0).names().forEach(n -> first.add(GazetteerText.ciKey(n)));
    for (Person p : found) {
      if (p.names().stream().noneMatch(n -> first.contains(GazetteerText.ciKey(n)))) {
        return Optional.empty();
      }
    }
    String best = null;
    for (String n : found.get(0).names()) {
      int space = n.lastIndexOf(' ');
      if (space > 0 && GazetteerText.ciKey(n.substring(space + 1)).equals(key)) {
        if (best == null) {
          best = n;
          if (n.equals(found.get(0).names().get(0))) {
            break;
          }
        } else if (n.length() < best.length()) {
          best = n;
        }
      }
    }
    return Optional.ofNullable(best).map(ActorDictionary::printed);
  }

  /** Every organisation of the international and armed-group files, each once, in no particular order. */
  Set<Entry> organisations() {
    Set<Entry> all = new java.util.LinkedHashSet<>();
    entriesByName.values().forEach(all::addAll);
    entriesByAbbreviation.values().forEach(all::addAll);
    return all;
  }

  /**
   * One {@code [CODE dates]} group: the country behind any MNC/NGO prefix, its sector and dates. The
   * dictionaries' KSV is Kosovo's XKX.
   */
  static Optional<Code> code(String group, Predicate<String> known) {
    String[] parts = group.split("\\s+", 2);
    String c = parts[0];
    if (c.startsWith("MNC") || c.startsWith("NGO")) {
      c = c.substring(3);
    }
    if (c.length() < 3) {
      return Optional.empty();
    }
    String country = c.startsWith("IGO") ? "IGO" : c.startsWith("KSV") ? "XKX" : c.substring(0, 3);
    if (!country.equals("IGO") && !known.test(country)) {
      return Optional.empty();
    }
    String sector = country.equals("IGO") || c.length() < 6 ? null : SECTORS.get(c.substring(3, 6));
    LocalDate from = null;
    LocalDate to = null;
    if (parts.length > 1) {
      Matcher d = DATES.matcher(parts[1].strip());
      if (d.lookingAt()) {
        LocalDate a = date(d.group(2));
        LocalDate b = d.group(3) == null ? null : date(d.group(3));
        switch (d.group(1)) {
          case ">" -> from = a;
          case "<" -> to = a;
          default -> {
            from = a;
            to = b;
          }
        }
      }
    }
    return Optional.of(new Code(country, sector, from, to, c.length() == 3 && !parts[0].startsWith("MNC")
        && !parts[0].startsWith("NGO")));
  }

  /** {@code yymmdd} or {@code yyyymmdd}; {@code 000101} is the dictionaries' open end (null). */
  private static LocalDate date(String s) {
    if (s.equals("000101") || s.length() == 7) {
      return null; // 7 digits is a typo in the source: no bound rather than a wrong one
    }
    try {
      int year;
      int rest;
      if (s.length() == 8) {
        year = Integer.parseInt(s.substring(0, 4));
        rest = 4;
      } else {
        int yy = Integer.parseInt(s.substring(0, 2));
        year = yy >= 30 ? 1900 + yy : 2000 + yy;
        rest = 2;
      }
      int month = Math.max(1, Math.min(12, Integer.parseInt(s.substring(rest, rest + 2))));
      int day = Math.max(1, Integer.parseInt(s.substring(rest + 2, rest + 4)));
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Whom the actor of this full name acts for on {@code date} (today's codes when null): the code
   * holding on that date, else an undated one, else the one that ended last. A person's name may be
   * the leading words of one listed name alone ("Vicente Fox", listed as "Vicente Fox Quesada"), and
   * may hold or leave out the Arabic article of a family name ("Muammar al-Gaddafi"). Empty
   * when the name is not listed, is one word and {@code person}, or its entries disagree on the country.
   */
  Optional<Affiliation> lookup(String name, boolean person, LocalDate date) {
    String key = GazetteerText.ciKey(name);
    if (key.isBlank() || person && !key.contains(" ")) {
      return Optional.empty();
    }
    List<List<Code>> entries = byName.get(key);
    if (!person && writtenAsAbbreviation(name) && byAbbreviation.containsKey(key)) {
      entries = new ArrayList<>(entries == null ? List.of() : entries);
      entries.addAll(byAbbreviation.get(key));
    }
    if (entries == null && person) {
      // "Muammar al-Gaddafi" listed as "Muammar Gaddafi", "Nuri Maliki" as "Nuri al-Maliki"
      String bare = GazetteerText.withoutArabicArticle(key);
      entries = byName.get(bare != null ? bare : byNameWithoutArticle.getOrDefault(key, ""));
    }
    if (entries == null && person) {
      // "Vicente Fox" for "Vicente Fox Quesada": the one listed name it opens, if only one
      Set<String> longer = byLeadingWords.getOrDefault(key, Set.of());
      entries = longer.size() == 1 ? byName.get(longer.iterator().next()) : null;
    }
    if (entries == null) {
      return Optional.empty();
    }
    Set<Affiliation> answers = new HashSet<>();
    for (List<Code> codes : entries) {
      Code best = best(codes, date == null ? LocalDate.now() : date);
      answers.add(new Affiliation(best.country(), best.sector()));
    }
    Set<String> countries = new HashSet<>();
    answers.forEach(a -> countries.add(a.code()));
    if (countries.size() != 1) {
      return Optional.empty();
    }
    return answers.size() == 1 ? Optional.of(answers.iterator().next())
        : Optional.of(new Affiliation(countries.iterator().next(), null));
  }

  /**
   * The codes of a country's sector ({@code USAGOV}, {@code RUSMIL}) that the person of this full
   * name holds on {@code date}: dated ones whose span contains it, and undated ones; one per country
   * and sector (the first listed). Empty when the name is not listed, is one word, or its entries
   * disagree on the country (two people of one name); codes of no sector (a bare country, {@code
   * ELI}) and of intergovernmental organisations give none.
   */
  List<Code> sectorCodesHeld(String name, LocalDate date) {
    String key = GazetteerText.ciKey(name);
    List<List<Code>> entries = key.contains(" ") ? byName.get(key) : null;
    if (entries == null || date == null) {
      return List.of();
    }
    Set<String> countries = new HashSet<>();
    for (List<Code> codes : entries) {
      countries.add(best(codes, date).country());
    }
    if (countries.size() != 1 || countries.contains("IGO")) {
      return List.of();
    }
    Map<String, Code> held = new java.util.LinkedHashMap<>();
    for (List<Code> codes : entries) {
      for (Code c : codes) {
        if (c.sector() != null && c.holdsOn(date) && countries.contains(c.country())) {
          held.putIfAbsent(c.country() + c.sector(), c);
        }
      }
    }
    return List.copyOf(held.values());
  }

  private static Code best(List<Code> codes, LocalDate date) {
    for (Code c : codes) {
      if (c.dated() && c.holdsOn(date)) {
        return c;
      }
    }
    for (Code c : codes) {
      if (!c.dated()) {
        return c;
      }
    }
    Code latest = codes.get(0);
    for (Code c : codes) {
      LocalDate end = c.to() == null ? LocalDate.MAX : c.to();
      LocalDate bestEnd = latest.to() == null ? LocalDate.MAX : latest.to();
      if (end.isAfter(bestEnd)) {
        latest = c;
      }
    }
    return latest;
  }

  /** How many names the dictionaries know. */
  int size() {
    return byName.size();
  }
}
