package org.geokg.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gazetteers of countries, organisations, news media and role titles, loaded from the classpath files
 * {@code gazetteer/countries.tsv}, {@code organizations.tsv}, {@code media.tsv} and {@code titles.tsv}
 * (formats are documented in the files' header comments).
 *
 * <p><b>Matching rules.</b> A surface form matches an alias when their normalised forms are equal:
 *
 * <ul>
 *   <li>case is ignored, except that an all-caps alias of at most five letters or digits ("US", "UN",
 *       "EU", "IRGC", "WHO", "AP", "G7") matches only a surface also written without lower-case
 *       letters, so the pronoun "us" and the word "who" never match;
 *   <li>dots are ignored ("U.S." = "US", "U.N" = "UN"), and so are spaces inside an all-caps
 *       abbreviation ("U. S."); commas and brackets are ignored; hyphens count as spaces;
 *   <li>accents are folded ("Élysée" = "Elysee"); curly apostrophes, typographic hyphens and odd
 *       spaces are made plain;
 *   <li>in {@link #lookup}, {@link #isMedia} and {@link #titleSector}, a trailing possessive ("Iran's",
 *       "U.N.'s", "Philippines'") is stripped, and a leading "the" is optional unless the alias itself
 *       is written with it ("the States", "The Independent": then the article is required);
 *   <li>a demonym also matches in the plural ("Iranians").
 * </ul>
 *
 * <p>Every normalised form names exactly one entry: the loader fails on an alias claimed by two
 * different entries (ambiguous forms are left out of the data, as its comments record). When one entry
 * has the same form as a name and a metonym ("Singapore", "Kuwait"), the stronger kind wins, in the
 * order of {@link MatchKind}.
 *
 * <p>Media are kept apart from actors: {@link #lookup} never returns a media outlet, and in {@link
 * #scan} media names take part in the longest-match competition but are not reported, so that
 * "Washington" inside "The Washington Post" is not taken for the United States.
 *
 * <p>Instances are immutable after loading and safe to share between threads; {@link #fromClasspath()}
 * loads once per class loader.
 */
public final class Gazetteer {

  /** Longest alias, in tokens, that {@link #scan} looks for. */
  public static final int MAX_SCAN_TOKENS = 8;

  /** The sectors an organisation, a media outlet or a title may have. */
  public static final Set<String> SECTORS =
      Set.of("GOV", "MIL", "DIP", "JUD", "LEG", "OPP", "REB", "CRM", "BUS", "MED", "NGO", "IGO", "CIV", "SPY", "POL");

  static final String DIR = "gazetteer/";
  static final String COUNTRIES = DIR + "countries.tsv";
  static final String ORGANIZATIONS = DIR + "organizations.tsv";
  static final String MEDIA = DIR + "media.tsv";
  static final String TITLES = DIR + "titles.tsv";

  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CREDIT_PREFIX =
      Pattern.compile("^(?:photo(?:graph)?s?|images?|pictures?|credits?|sources?)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_JOINS = Pattern.compile("\\s*/\\s*|\\s+via\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // Words that qualify a title without changing the role ("former foreign minister").
  private static final Set<String> TITLE_MODIFIERS =
      Set.of("former", "ex", "then", "acting", "interim", "caretaker", "outgoing", "incoming", "new", "newly",
          "appointed", "elected", "current", "late", "top", "senior", "deputy", "assistant", "under", "junior");

  /** A token span of {@link #scan}: tokens {@code start} (inclusive) to {@code end} (exclusive). */
  public record TokenMatch(int start, int end, GazetteerMatch match) {

    public TokenMatch {
      Objects.requireNonNull(match, "match");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }

  /** What a normalised form points at; {@code lowerCase} when some alias giving it has no capitals. */
  private record Target(GazetteerMatch match, boolean media, boolean lowerCase, String origin) {}

  private final Map<String, GazetteerEntry> byKey;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, String> demonyms;
  private final List<GazetteerEntry> actors;
  private final List<GazetteerEntry> media;
  private final Map<String, Target> caps;
  private final Map<String, Target> folded;
  private final Map<String, String> titles;
  /** One-word country names of at least {@link #MIN_TYPO_LENGTH} letters, lower case, for typos. */
  private final Map<String, Target> longCountryNames;

  /** Shorter names are too close to each other ("Iran", "Iraq") to forgive a typo. */
  private static final int MIN_TYPO_LENGTH = 7;

  private Gazetteer(Builder b) {
    this.byKey = Map.copyOf(b.byKey);
    this.countries = Map.copyOf(b.countries);
    this.demonyms = Map.copyOf(b.demonyms);
    this.actors = List.copyOf(b.actors);
    this.media = List.copyOf(b.media);
    this.caps = Map.copyOf(b.caps);
    this.folded = Map.copyOf(b.folded);
    this.titles = Map.copyOf(b.titles);
    Map<String, Target> longNames = new HashMap<>();
    for (Map.Entry<String, Target> e : folded.entrySet()) {
      GazetteerMatch m = e.getValue().match();
      if (m.entry().kind() == ActorKind.COUNTRY && m.how() == MatchKind.NAME && !e.getKey().contains(" ")
          && e.getKey().length() >= MIN_TYPO_LENGTH && e.getKey().chars().allMatch(Character::isLetter)) {
        longNames.put(e.getKey(), e.getValue());
      }
    }
    this.longCountryNames = Map.copyOf(longNames);
  }

  private static final class Holder {
    static final Gazetteer INSTANCE =
        load(
            GazetteerTsv.readResource(COUNTRIES, 2, 5),
            GazetteerTsv.readResource(ORGANIZATIONS, 2, 6),
            GazetteerTsv.readResource(MEDIA, 2, 4),
            GazetteerTsv.readResource(TITLES, 2, 3));
  }

  /**
   * The gazetteer of the classpath files, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException naming file and line when a row is malformed or an alias is claimed
   *     by two entries (as the cause of an {@link ExceptionInInitializerError} on the first call)
   */
  public static Gazetteer fromClasspath() {
    return Holder.INSTANCE;
  }

  /** A gazetteer of the given file contents, for tests of the loader. */
  static Gazetteer fromStrings(String countries, String organizations, String media, String titles) {
    return load(
        GazetteerTsv.read(COUNTRIES, countries, 2, 5),
        GazetteerTsv.read(ORGANIZATIONS, organizations, 2, 6),
        GazetteerTsv.read(MEDIA, media, 2, 4),
        GazetteerTsv.read(TITLES, titles, 2, 3));
  }

  private static Gazetteer load(
      List<GazetteerTsv.Row> countryRows,
      List<GazetteerTsv.Row> orgRows,
      List<GazetteerTsv.Row> mediaRows,
      List<GazetteerTsv.Row> titleRows) {
    Builder b = new Builder();
    // Rows are checked one by one but all problems are reported together, so that one run of the
    // tests shows every bad row of an edited file.
    List<String> problems = new ArrayList<>();
    each(countryRows, b::country, problems);
    each(orgRows, b::organization, problems);
    each(mediaRows, b::media, problems);
    each(titleRows, b::title, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.size() + " gazetteer problem(s):\n" + String.join("\n", problems));
    }
    return new Gazetteer(b);
  }

  private static void each(
      List<GazetteerTsv.Row> rows, java.util.function.Consumer<GazetteerTsv.Row> f, List<String> problems) {
    for (GazetteerTsv.Row r : rows) {
      try {
        f.accept(r);
      } catch (IllegalStateException e) {
        problems.add(e.getMessage());
      }
    }
  }

  /**
   * The country or organisation a surface form names, with how it matched: by name or alias
   * ("U.S.", "Iran's", "the U.N."), by demonym ("Iranian", "Iranians") or as a government metonym
   * ("Tehran", "the Kremlin"). Media outlets are never returned (see {@link #media}).
   */
  public Optional<GazetteerMatch> lookup(String surface) {
    return find(surface).filter(t -> !t.media()).map(Target::match);
  }

  /** The entry of a key ({@code country:IRN}, {@code org:iaea}, {@code media:reuters}). */
  public Optional<GazetteerEntry> byKey(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
  }

  /** The country of an ISO 3166-1 alpha-3 code (any case), or XKX for Kosovo. */
  public Optional<GazetteerEntry> country(String alpha3) {
    return alpha3 == null
        ? Optional.empty()
        : Optional.ofNullable(countries.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * A country's first demonym that is an adjective ("Iranian" for IRN), as news puts it before the
   * country's institutions; none where the demonyms are only nouns for its people ("Hongkonger": the
   * news writes "Hong Kong police").
   */
  public Optional<String> demonym(String alpha3) {
    return alpha3 == null ? Optional.empty() : Optional.ofNullable(demonyms.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /** Whether a surface form names a news medium, wire service, photo agency or credit line. */
  public boolean isMedia(String surface) {
    return media(surface).isPresent();
  }

  /**
   * The media outlet a surface form names ("AFP via Getty Images", "The Independent"), if any. Credit
   * lines are understood too: a leading "Photo:" (or "Image:", "Credit:", "Source:") and enclosing
   * brackets are dropped, and a credit joining outlets with "/" or "via" ("Reuters/Getty Images")
   * names its first outlet when every part is a medium.
   */
  public Optional<GazetteerEntry> media(String surface) {
    Optional<GazetteerEntry> whole = find(surface).filter(Target::media).map(t -> t.match().entry());
    if (whole.isPresent() || surface == null) {
      return whole;
    }
    String unbracketed = GazetteerText.fold(surface).replaceAll("^[(\\[]+|[)\\]]+$", "");
    String credit = CREDIT_PREFIX.matcher(unbracketed).replaceFirst("");
    GazetteerEntry first = null;
    for (String part : CREDIT_JOINS.split(credit)) {
      Optional<GazetteerEntry> m = find(part).filter(Target::media).map(t -> t.match().entry());
      if (m.isEmpty()) {
        return Optional.empty();
      }
      first = first == null ? m.get() : first;
    }
    return Optional.ofNullable(first);
  }

  /**
   * The sector of a role title: {@code "ambassador"} gives DIP, {@code "foreign minister"} DIP (the
   * diplomatic portfolio), {@code "defence minister"} MIL, {@code "minister"} GOV. Case, a leading
   * "the", plurals and qualifiers such as "former" or "deputy" are ignored; when the whole title is
   * unknown its longest known tail is used ("Iranian foreign minister"), then the part before "of"
   * ("minister of agriculture").
   */
  public Optional<String> titleSector(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    String k = GazetteerText.ciKey(GazetteerText.stripThe(GazetteerText.stripPossessive(title)));
    Optional<String> s = titleTails(k);
    if (s.isEmpty() && k.contains(" of ")) {
      s = titleTails(k.substring(0, k.indexOf(" of ")));
    }
    return s;
  }

  private Optional<String> titleTails(String k) {
    String[] w = k.split(" ");
    for (int i = 0; i < w.length; i++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
      String s = titleExact(tail);
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private String titleExact(String k) {
    String s = titles.get(k);
    if (s == null && k.endsWith("s")) {
      s = titles.get(k.substring(0, k.length() - 1));
    }
    if (s == null && k.endsWith("men")) { // spokesmen, congressmen
      s = titles.get(k.substring(0, k.length() - 3) + "man");
    }
    if (s == null) {
      String[] w = k.split(" ", 2);
      if (w.length == 2 && TITLE_MODIFIERS.contains(w[0])) {
        return titleExact(w[1]);
      }
    }
    return s;
  }

  /**
   * Greedy longest matches over a token list, left to right, spans of at most {@link
   * #MAX_SCAN_TOKENS} tokens, not overlapping. Tokens are compared on their normalised joined form,
   * so ["U.N.", "'s", "atomic", "watchdog"] matches "U.N.'s atomic watchdog". Unlike {@link #lookup},
   * a span must match an alias exactly (no optional "the", no stripped possessive: "Iran" in ["Iran",
   * "'s"] is the span 0..1), and a span written all in lower case matches only an alias written in
   * lower case, since lower-case "turkey", "chad" or "independent" in running text are ordinary
   * words. Media names are matched but not reported.
   */
  public List<TokenMatch> scan(List<String> tokens) {
    List<TokenMatch> out = new ArrayList<>();
    int n = tokens.size();
    // Each token is folded once; a span's keys are joined from its tokens' parts.
    String[] ci = new String[n];
    String[] capsParts = new String[n];
    boolean[] word = new boolean[n];
    boolean[] upper = new boolean[n];
    for (int k = 0; k < n; k++) {
      String tok = tokens.get(k);
      word[k] = isWord(tok);
      if (tok != null) {
        ci[k] = GazetteerText.ciPart(tok);
        capsParts[k] = GazetteerText.capsPart(tok);
        upper[k] = !GazetteerText.isAllLowerCase(tok);
      }
    }
    int i = 0;
    StringBuilder ciSpan = new StringBuilder();
    StringBuilder capsSpan = new StringBuilder();
    while (i < n) {
      int next = i + 1;
      for (int len = Math.min(MAX_SCAN_TOKENS, n - i); len >= 1; len--) {
        // A span starts and ends on a word: "." or "," must not be swallowed by "U.N." or "D.C.".
        if (!word[i] || !word[i + len - 1]) {
          continue;
        }
        ciSpan.setLength(0);
        capsSpan.setLength(0);
        boolean caps = true;
        boolean anyUpper = false;
        for (int k = i; k < i + len; k++) {
          ciSpan.append(k > i ? " " : "").append(ci[k]);
          caps &= capsParts[k] != null;
          if (caps) {
            capsSpan.append(capsParts[k]);
          }
          anyUpper |= upper[k];
        }
        String capsKey = caps && capsSpan.chars().anyMatch(Character::isLetter) ? capsSpan.toString() : null;
        Target t = exactKeys(capsKey, GazetteerText.joinedCiKey(ciSpan.toString()), true, !anyUpper);
        if (t == null && len == 1) {
          t = misspelledCountry(tokens.get(i));
        }
        if (t != null) {
          if (!t.media()) {
            out.add(new TokenMatch(i, i + len, t.match()));
          }
          next = i + len;
          break;
        }
      }
      i = next;
    }
    return List.copyOf(out);
  }

  /**
   * A capitalised word one typing error (a letter missing, extra, wrong or two swapped) away from
   * exactly one long country name: news copy writes "Afganistan" and "Phillippines".
   */
  private Target misspelledCountry(String token) {
    if (token.length() < MIN_TYPO_LENGTH || !Character.isUpperCase(token.charAt(0))
        || !token.chars().allMatch(Character::isLetter)) {
      return null;
    }
    String k = token.toLowerCase(Locale.ROOT);
    Target found = null;
    for (Map.Entry<String, Target> e : longCountryNames.entrySet()) {
      if (oneEditApart(k, e.getKey())) {
        if (found != null && !found.match().entry().equals(e.getValue().match().entry())) {
          return null; // near two countries: no guess
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /** Whether two different strings are one insertion, deletion, substitution or transposition apart. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1))
          || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  private static boolean isWord(String token) {
    return token != null && token.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** All countries and organisations, countries first, in file order. */
  public List<GazetteerEntry> entries() {
    return actors;
  }

  /** All media outlets, in file order. */
  public List<GazetteerEntry> mediaEntries() {
    return media;
  }

  private Optional<Target> find(String surface) {
    if (surface == null || surface.isBlank()) {
      return Optional.empty();
    }
    String s = GazetteerText.fold(surface);
    String bare = GazetteerText.stripPossessive(s);
    for (String form : new String[] {s, GazetteerText.stripThe(s), bare, GazetteerText.stripThe(bare)}) {
      Target t = exact(form, false);
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Target exact(String form, boolean guardLowerCase) {
    if (form.isBlank()) {
      return null;
    }
    return exactKeys(GazetteerText.capsKey(form), GazetteerText.ciKey(form), guardLowerCase,
        GazetteerText.isAllLowerCase(form));
  }

  /** {@link #exact} on a form's two keys: {@code ck} (null for none), {@code k}. */
  private Target exactKeys(String ck, String k, boolean guardLowerCase, boolean allLowerCase) {
    if (k.isEmpty() && ck == null) {
      return null;
    }
    if (ck != null) {
      Target t = caps.get(ck);
      if (t != null) {
        return t;
      }
    }
    Target t = folded.get(k);
    if (t == null && k.length() > 3 && k.endsWith("s")) {
      Target singular = folded.get(k.substring(0, k.length() - 1));
      if (singular != null && singular.match().how() == MatchKind.DEMONYM) {
        t = singular;
      }
    }
    if (t != null && guardLowerCase && !t.lowerCase() && allLowerCase) {
      return null;
    }
    return t;
  }

  /** Collects entries and alias tables while loading; not shared. */
  private static final class Builder {
    final Map<String, GazetteerEntry> byKey = new HashMap<>();
    final Map<String, GazetteerEntry> countries = new HashMap<>();
    final Map<String, String> demonyms = new HashMap<>();
    final List<GazetteerEntry> actors = new ArrayList<>();
    final List<GazetteerEntry> media = new ArrayList<>();
    final Map<String, Target> caps = new HashMap<>();
    final Map<String, Target> folded = new HashMap<>();
    final Map<String, String> titles = new LinkedHashMap<>();
    final Map<String, String> titleOrigins = new HashMap<>();

    void country(GazetteerTsv.Row r) {
      String code = r.cell(0);
      if (!ALPHA3.matcher(code).matches() || code.equals("IGO")) {
        throw r.fail("country code must be three capital letters: " + code);
      }
      GazetteerEntry e =
          entry(r, ActorKey.country(code).value(), r.cell(1), ActorKind.COUNTRY, code, null, r.values(2));
      countries.put(code, e);
      actors.add(e);
      names(r, e, false);
      for (String d : r.values(3)) {
        alias(r, e, d, MatchKind.DEMONYM, false);
        if (!d.endsWith("er")) { // a person noun ("Hongkonger", "New Zealander") is no adjective
          demonyms.putIfAbsent(code, d);
        }
      }
      for (String m : r.values(4)) {
        alias(r, e, m, MatchKind.GOVERNMENT_METONYM, false);
      }
    }

    void organization(GazetteerTsv.Row r) {
      String slug = slug(r, r.cell(0));
      String code = r.cell(2).isEmpty() ? null : r.cell(2);
      if (code != null && !code.equals("IGO") && !countries.containsKey(code)) {
        throw r.fail("code must be IGO, empty or a code of countries.tsv: " + code);
      }
      String sector = sector(r, r.cell(3));
      GazetteerEntry e = entry(r, ActorKey.organisation(slug).value(), r.cell(1), ActorKind.ORGANIZATION, code,
          sector, r.values(4));
      actors.add(e);
      names(r, e, false);
      for (String m : r.values(5)) {
        alias(r, e, m, MatchKind.GOVERNMENT_METONYM, false);
      }
    }

    void media(GazetteerTsv.Row r) {
      String slug = slug(r, r.cell(0));
      String code = r.cell(3).isEmpty() ? null : r.cell(3);
      if (code != null && !countries.containsKey(code)) {
        throw r.fail("code must be empty or a code of countries.tsv: " + code);
      }
      GazetteerEntry e =
          entry(r, ActorKey.media(slug).value(), r.cell(1), ActorKind.ORGANIZATION, code, "MED", r.values(2));
      media.add(e);
      names(r, e, true);
    }

    void title(GazetteerTsv.Row r) {
      String sector = sector(r, r.cell(1));
      List<String> forms = new ArrayList<>();
      forms.add(r.cell(0));
      forms.addAll(r.values(2));
      for (String f : forms) {
        String k = GazetteerText.ciKey(f);
        String old = titles.putIfAbsent(k, sector);
        if (old != null && !old.equals(sector)) {
          throw r.fail("title '" + f + "' already has sector " + old + " at " + titleOrigins.get(k));
        }
        titleOrigins.putIfAbsent(k, r.where());
      }
    }

    private GazetteerEntry entry(
        GazetteerTsv.Row r, String key, String name, ActorKind kind, String code, String sector, List<String> aliases) {
      GazetteerEntry e;
      try {
        e = new GazetteerEntry(key, name, kind, code, sector, aliases);
      } catch (IllegalArgumentException ex) {
        throw r.fail(ex.getMessage());
      }
      if (byKey.putIfAbsent(key, e) != null) {
        throw r.fail("duplicate key " + key);
      }
      return e;
    }

    private void names(GazetteerTsv.Row r, GazetteerEntry e, boolean isMedia) {
      alias(r, e, e.name(), MatchKind.NAME, isMedia);
      for (String a : e.aliases()) {
        alias(r, e, a, MatchKind.NAME, isMedia);
      }
    }

    private void alias(GazetteerTsv.Row r, GazetteerEntry e, String alias, MatchKind how, boolean isMedia) {
      boolean capsOnly = GazetteerText.isCapsOnly(alias);
      String k = capsOnly ? GazetteerText.capsKey(alias) : GazetteerText.ciKey(alias);
      if (k.isEmpty()) {
        throw r.fail("alias '" + alias + "' is empty once normalised");
      }
      Map<String, Target> table = capsOnly ? caps : folded;
      boolean lower = GazetteerText.isAllLowerCase(alias);
      Target old = table.get(k);
      if (old == null) {
        table.put(k, new Target(new GazetteerMatch(e, how), isMedia, lower, r.where()));
        return;
      }
      if (old.match().entry() != e) {
        throw r.fail(
            "'" + alias + "' (normalised '" + k + "') already names " + old.match().entry().key() + " at "
                + old.origin() + "; an alias must name one entry");
      }
      // Same entry again: keep the stronger kind, remember a lower-case spelling.
      MatchKind kind = how.ordinal() < old.match().how().ordinal() ? how : old.match().how();
      table.put(k, new Target(new GazetteerMatch(e, kind), isMedia, lower || old.lowerCase(), old.origin()));
    }

    private static String slug(GazetteerTsv.Row r, String slug) {
      if (!SLUG.matcher(slug).matches()) {
        throw r.fail("slug must be lower-case letters, digits and single hyphens: " + slug);
      }
      return slug;
    }

    private static String sector(GazetteerTsv.Row r, String sector) {
      if (!SECTORS.contains(sector)) {
        throw r.fail("unknown sector " + sector + ", expected one of " + new java.util.TreeSet<>(SECTORS));
      }
      return sector;
    }
  }
}
