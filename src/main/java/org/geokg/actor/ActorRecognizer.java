package org.geokg.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.actor.Gazetteer.TokenMatch;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * The actor stage: finds who an annotated article talks about and resolves every reference to one
 * canonical actor per article.
 *
 * <ul>
 *   <li>Gazetteer matches (countries, their demonyms and seats of government, organisations) take
 *       precedence over CoreNLP's entity tags, which confuse "Tesla" with a person or "Trump" with an
 *       organisation; media and photo agencies never become actors; quoted nicknames ("First
 *       Buddy") are not actors.
 *   <li>A single name ("Musk") resolves to the full name given elsewhere in the article ("Elon Musk");
 *       across articles, the graph writer resolves it ({@code org.geokg.graph.ActorDecisions}).
 *   <li>An acronym introduced in parentheses ("the Department of Government Efficiency (DOGE)")
 *       names the organisation everywhere in the article.
 *   <li>An organisation the field's dictionaries list is one actor whichever of its listed names the
 *       text uses ("Tamil Tigers", "LTTE"), named by the entry's first name ({@link
 *       ActorDictionary#organisation}).
 *   <li>Roles come from appositions, title premodifiers and copulas ({@link RoleFinder}).
 *   <li>Definite role nominals ("the President-elect", "the tech billionaire") and personal pronouns
 *       resolve to an earlier person; a role with a principal but no known holder ("Iran's ambassador
 *       to the U.N.") stays a {@link RoleReference} for the event stage to bind.
 * </ul>
 *
 * <p>Stateless apart from the immutable gazetteer and lexicons ({@link ActorLexicons}): thread-safe.
 */
public final class ActorRecognizer {

  private static final Set<String> ACTOR_TAGS = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY");
  private static final Set<String> OPEN_QUOTES = Set.of("``", "“", "‘", "\"", "'");
  private static final Set<String> CLOSE_QUOTES = Set.of("''", "”", "’", "\"", "'");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
  private static final int RECENCY_SENTENCES = 3;

  private final Gazetteer gazetteer;
  private final PersonNouns personNouns;
  private final Agents agents;

  private final KnownPeople knownPeople;
  /** The field's actor dictionaries, or null when they are off. */
  private final ActorDictionary dictionary;
  /**
   * Gazetteer organisations that are one country's agents by name ("Iranian government", "US
   * government"): the same node as "Iran's government" or "Iranian officials", so that one
   * government is one actor however the text names it.
   */
  private final Map<String, Actor> nationalAgents;
  /** The gazetteer's name of a national agent ("US government", "Pakistan Army"), where it has one. */
  private final Map<String, String> agentNames;

  /**
   * The actor stage with the classpath's lists and the field's dictionaries ({@link ActorDictionary}),
   * shared by every recognizer of the process ({@link ActorLexicons#fromClasspath}): for tests and
   * tools; the server passes its own.
   */
  public ActorRecognizer(Gazetteer gazetteer) {
    this(gazetteer, ActorLexicons.fromClasspath(gazetteer));
  }

  /**
   * The same, with or without the field's dictionaries (off: to measure what they add; they are then
   * not read).
   */
  public ActorRecognizer(Gazetteer gazetteer, boolean dictionaries) {
    this(gazetteer, dictionaries
        ? ActorLexicons.fromClasspath(gazetteer) : ActorLexicons.fromClasspathWithoutDictionaries(gazetteer));
  }

  /**
   * The actor stage over {@code gazetteer} and {@code lexicons}, which must have been built for that
   * gazetteer (their codes are checked against it).
   */
  public ActorRecognizer(Gazetteer gazetteer, ActorLexicons lexicons) {
    this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    this.personNouns = lexicons.personNouns();
    this.agents = lexicons.agents();
    this.knownPeople = lexicons.knownPeople();
    this.dictionary = lexicons.dictionary();
    Map<String, Actor> national = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      nationalAgent(e).ifPresent(a -> national.put(e.key(), a));
    }
    // Two entries for one country's sector get one name (the first in order), so one node has one name.
    Map<String, String> names = new HashMap<>();
    national.forEach((entry, agent) -> names.merge(agent.key(), agent.name(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    this.agentNames = Map.copyOf(names);
    national.replaceAll((entry, agent) ->
        new Actor(agent.key(), names.get(agent.key()), agent.kind(), agent.code(), agent.sector(), agent.aliases()));
    this.nationalAgents = Map.copyOf(national);
  }


  private Optional<Actor> nationalAgent(GazetteerEntry e) {
    if (e.kind() != ActorKind.ORGANIZATION || e.code() == null || e.isIntergovernmental() || e.sector() == null) {
      return Optional.empty();
    }
    int space = e.name().lastIndexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String noun = e.name().substring(space + 1).toLowerCase(Locale.ROOT);
    Optional<String> sector = agents.sector(noun, noun).filter(x -> x.equals(e.sector()));
    Optional<GazetteerEntry> country = countryNamed(e.name().substring(0, space))
        .filter(c -> c.code().equals(e.code()));
    if (sector.isEmpty() || country.isEmpty()) {
      return Optional.empty();
    }
    // Key, code and sector as every mention of this agent gets them; the name is the entry's own.
    Actor a = Agents.actor(country.get(), null, sector.get());
    return Optional.of(new Actor(a.key(), e.name(), a.kind(), a.code(), a.sector(), Set.copyOf(e.aliases())));
  }

  /**
   * The actors this stage keys or names otherwise than earlier versions did, for a graph written by
   * them to follow: each national organisation of the gazetteer is its country's agent, each agent is
   * named by its country's adjective, each name of an organisation the field's dictionaries list is
   * that entry's one actor, and a lone surname that one listed person alone bears is that person.
   */
  public List<ActorChange> changes() {
    List<ActorChange> out = new ArrayList<>();
    nationalAgents.forEach((entryKey, agent) -> out.add(new ActorChange(entryKey, null, agent)));
    for (GazetteerEntry country : gazetteer.entries()) {
      if (country.kind() != ActorKind.COUNTRY) {
        continue;
      }
      for (String sector : Agents.sectors()) {
        Actor now = agent(country, sector);
        Actor before = Agents.actor(country, null, sector);
        if (!before.name().equals(now.name())) {
          out.add(new ActorChange(now.key(), before.name(), now));
        }
      }
    }
    if (dictionary != null) {
      organisationChanges(out);
    }
    knownPeople.onlyPeopleBySurname().forEach((surname, full) -> {
      KnownPeople.Affiliation a = knownPeople.byName(full).orElseThrow();
      out.add(new ActorChange(ActorKey.person(surname).value(), null, new Actor(ActorKey.person(full).value(), full,
          ActorKind.PERSON, a.code(), a.sector(), Set.of())));
    });
    out.sort(Comparator.comparing(ActorChange::oldKey));
    return out;
  }

  /**
   * Each name of a listed organisation ({@link ActorDictionary#organisation}) that earlier versions
   * keyed by itself ({@code org:tamil-tigers}) moves to the entry's one actor ({@code
   * org:liberation-tigers-of-tamil-eelam}): its names of two words or more, and its abbreviations, when
   * they lead to that entry today. One-word names other than the first are left: the stage takes them
   * for the entry only when written in capitals, which an old key no longer tells.
   */
  private void organisationChanges(List<ActorChange> out) {
    Map<String, Actor> moved = new HashMap<>();
    for (ActorDictionary.Entry e : dictionary.organisations()) {
      Actor now = listedOrganisation(e, null);
      List<String> names = new ArrayList<>();
      e.names().stream().filter(n -> n.contains(" ")).forEach(names::add);
      names.addAll(e.abbreviations());
      for (String n : names) {
        String old = ActorKey.slug(n);
        // a key the gazetteer gives is today's key of its own organisation
        if (old.isEmpty() || ("org:" + old).equals(now.key()) || gazetteer.byKey("org:" + old).isPresent()
            || !dictionary.organisation(n, null).map(e::equals).orElse(false)) {
          continue;
        }
        moved.putIfAbsent("org:" + old, now);
      }
    }
    moved.forEach((old, now) -> out.add(new ActorChange(old, null, now)));
  }

  public ArticleActors recognize(AnnotatedText text) {
    Work w = new Work(text);
    for (Sentence s : text.sentences()) {
      findNamed(w, s);
    }
    resolvePersonNames(w);
    for (Sentence s : text.sentences()) {
      findAgents(w, s);
      coordinatedOwners(w, s);
    }
    RoleFinder roles = new RoleFinder(gazetteer, personNouns, w.actors, w.mentions);
    for (Sentence s : text.sentences()) {
      roles.findRoles(s);
    }
    resolveReferences(w, roles);
    applyRoleAffiliations(w, roles.roles());
    agentNamesInText(w);
    List<Role> all = new ArrayList<>(roles.roles());
    all.addAll(dictionaryRoles(w));
    return new ArticleActors(w.actors, w.mentions, all, w.roleReferences);
  }

  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an");

  /**
   * An agent is known by the words the article names it with as well as by its own name ("UK court"
   * for the British judiciary, "the White House" and "the Biden administration" for the US
   * government): each phrase of two words or more that names it alone becomes one of its aliases, so
   * that the analyst's or annotator's wording finds it. Phrases naming several ("Hungarian and
   * Romanian officials") name none of them alone. The country's adjective with the agent noun the
   * text uses is a name of it too ("a court in Bangladesh" is the Bangladeshi court, "troops from
   * Chad" Chadian troops), as news names such an agent elsewhere.
   */
  private void agentNamesInText(Work w) {
    Map<String, Set<String>> named = new HashMap<>();
    for (Mention m : w.mentions) {
      if (ActorKey.parse(m.actorKey()).kind() != ActorKey.Kind.AGENT) {
        continue;
      }
      Sentence s = w.text.sentences().get(m.sentence());
      int start = m.start();
      while (start < m.end() && LEADING_WORDS.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
        start++;
      }
      boolean several = false;
      for (int k = start; k < m.end(); k++) {
        several |= s.token(k).pos().equals("CC") || s.token(k).word().equals(",");
      }
      if (m.end() - start >= 2 && !several) {
        named.computeIfAbsent(m.actorKey(), k -> new TreeSet<>()).add(s.span(start, m.end()));
      }
      Actor agent = w.actors.get(m.actorKey());
      Token head = s.token(m.head());
      Optional<String> adjective = gazetteer.demonym(agent.code());
      if (adjective.isPresent() && head.isNoun()
          && agents.sector(head.lemma(), head.word()).filter(x -> x.equals(agent.sector())).isPresent()) {
        named.computeIfAbsent(m.actorKey(), k -> new TreeSet<>())
            .add(adjective.get() + " " + head.word().toLowerCase(Locale.ROOT));
      }
    }
    named.forEach((key, phrases) -> {
      Actor a = w.actors.get(key);
      Set<String> aliases = new LinkedHashSet<>(a.aliases());
      phrases.stream().filter(p -> !p.equals(a.name())).forEach(aliases::add);
      w.actors.put(key, new Actor(a.key(), a.name(), a.kind(), a.code(), a.sector(), aliases));
    });
  }

  /**
   * The roles the field's dictionaries give the people of the article at its date: for each code of a
   * country's sector whose span holds on that date ("Barack Obama", USAGOV from 2009-01-20, in a 2012
   * article), a role of the sector's title for that country's sector agent (the node "the White House"
   * and "the US government" are), with the span, shown by the first sentence naming the person. None
   * for an article without a date, for a person the text gives another country, or when the
   * dictionaries are off. The agent joins the article's actors, unmentioned.
   */
  private List<Role> dictionaryRoles(Work w) {
    LocalDate date = w.text.documentDate();
    if (dictionary == null || date == null) {
      return List.of();
    }
    Map<String, Integer> firstSentence = new HashMap<>();
    for (Mention m : w.mentions) {
      firstSentence.merge(m.actorKey(), m.sentence(), Math::min);
    }
    List<Role> out = new ArrayList<>();
    for (Actor a : List.copyOf(w.actors.values())) {
      Integer sentence = firstSentence.get(a.key());
      if (a.kind() != ActorKind.PERSON || sentence == null) {
        continue;
      }
      List<ActorDictionary.Code> held = dictionary.sectorCodesHeld(a.name(), date);
      for (Iterator<String> names = a.aliases().iterator(); held.isEmpty() && names.hasNext(); ) {
        held = dictionary.sectorCodesHeld(names.next(), date);
      }
      for (ActorDictionary.Code c : held) {
        Optional<GazetteerEntry> country = gazetteer.country(c.country());
        if (country.isEmpty() || a.code() != null && !a.code().equals(c.country())) {
          continue; // the text's own country for the person comes first
        }
        Actor agent = agent(country.get(), c.sector());
        w.actors.putIfAbsent(agent.key(), agent);
        out.add(Role.fromDictionary(a.key(), Agents.roleTitle(c.sector()), agent.key(), sentence, c.from(), c.to()));
      }
    }
    return out;
  }

  /**
   * The actors and roles of an article once the event stage has found more roles (the ambassador
   * who met Musk is Iravani): holders take the code of whom they serve and the title's sector.
   */
  public ArticleActors withDiscoveredRoles(ArticleActors found, List<Role> discovered) {
    if (discovered.isEmpty()) {
      return found;
    }
    Map<String, Actor> actors = new LinkedHashMap<>(found.actors());
    List<Role> roles = new ArrayList<>(found.roles());
    roles.addAll(discovered);
    for (Role r : discovered) {
      affiliate(actors, r);
    }
    return new ArticleActors(actors, found.mentions(), roles, found.roleReferences());
  }

  private void affiliate(Map<String, Actor> actors, Role r) {
    Actor holder = actors.get(r.holderKey());
    String code = null;
    for (String k : new String[] {r.principalKey(), r.postKey()}) {
      Actor a = k == null ? null : actors.get(k);
      if (a != null && a.code() != null && code == null) {
        code = a.code();
      }
    }
    String sector = gazetteer.titleSector(r.title()).orElse(null);
    actors.put(holder.key(), holder.withAffiliation(code, sector));
  }

  /** Mutable state of one {@link #recognize} call. */
  private static final class Work {
    final AnnotatedText text;
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    final List<RoleReference> roleReferences = new ArrayList<>();
    /** Person and unknown-organisation spans waiting for name resolution. */
    final List<Candidate> candidates = new ArrayList<>();

    Work(AnnotatedText text) {
      this.text = text;
    }

    void add(Actor actor, Mention mention, String surface) {
      Actor known = actors.get(actor.key());
      actors.put(actor.key(), known == null ? actor.withAlias(surface) : known.withAlias(surface));
      mentions.add(mention);
    }
  }

  /** A name span; {@code code} the country of the place its title names, when the text gives it so. */
  private record Candidate(int sentence, int start, int end, String tag, String text, String code) {}

  /** A place or country that opens a span, to the token {@code end}, and the country it belongs to. */
  private record Place(int end, String code) {}

  /**
   * The place a person's span opens with after a title's "of" ("Prime Minister of Niger Hama Amadou",
   * "Attorney General of New York Eric Schneiderman"): the tagger takes the place into the name. The
   * longest run of the span's leading tokens that names a country or a place of one country, leaving
   * two words or more of name.
   */
  private Optional<Place> placeBeforeName(Sentence s, int[] span) {
    int start = span[0];
    int end = span[1];
    if (!s.token(start).ner().equals("PERSON") || end - start < 3 || start == 0) {
      return Optional.empty();
    }
    int before = s.token(start - 1).word().equalsIgnoreCase("the") && start > 1 ? start - 2 : start - 1;
    if (!s.token(before).word().equals("of")) {
      return Optional.empty();
    }
    for (int k = end - 2; k > start; k--) {
      String surface = s.span(start, k);
      Optional<String> code = countryNamed(surface).map(GazetteerEntry::code);
      if (code.isEmpty() && dictionary != null) {
        code = dictionary.countryOfPlace(surface);
      }
      if (code.isPresent()) {
        return Optional.of(new Place(k, code.get()));
      }
    }
    return Optional.empty();
  }

  /** Tags the tagger gives the first word of an organisation's name it cuts short. */
  private static final Set<String> CUT_NAME_TAGS = Set.of("O", "MISC", "NATIONALITY");

  /**
   * An organisation's name the tagger cuts short of its first words ("the Tamil Tigers" as "Tigers",
   * "the Lord's Resistance Army" as "Resistance Army"): the span takes the capitalised word before it,
   * or a capitalised word and its "'s", when the field's dictionaries list the longer name as an
   * organisation.
   */
  private void listedNameBefore(Sentence s, int[] span) {
    int start = span[0];
    if (dictionary == null || !s.token(start).ner().equals("ORGANIZATION")) {
      return;
    }
    for (int from : new int[] {start - 2, start - 1}) {
      if (from < 0 || !s.token(from).pos().equals("NNP") || !CUT_NAME_TAGS.contains(s.token(from).ner())
          || !Character.isUpperCase(s.token(from).word().codePointAt(0))
          || from == start - 2 && !s.token(start - 1).pos().equals("POS")) {
        continue;
      }
      if (dictionary.organisation(s.span(from, span[1]), null).isPresent()) {
        span[0] = from;
        return;
      }
    }
  }

  /** Capitalised nouns that make a country's name or adjective part of a place's name. */
  private static final Set<String> GEOGRAPHIC_FEATURES = Set.of("Ocean", "Sea", "Gulf", "River", "Delta",
      "Strait", "Straits", "Peninsula", "Mountains", "Desert", "Basin", "Lake", "Bay", "Canal", "Plateau",
      "Highlands", "Lowlands", "Valley", "Subcontinent");

  private static final Set<String> PLACE_RELATIONS = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at");

  /** Members of a collective who, unnamed, stand for it rather than for a person of their own. */
  private static final Set<String> RANK_AND_FILE = Set.of("soldier", "policeman", "policewoman", "trooper",
      "civilian", "protester", "demonstrator", "militant", "rebel", "gunman", "fighter", "insurgent");

  /** Whether no person's name is attached to the noun at {@code i} ("soldier Gilad Shalit" is named). */
  private static boolean unnamed(Sentence s, int i) {
    boolean nameNear = i + 1 < s.tokens().size() && s.token(i + 1).ner().equals("PERSON")
        || i > 0 && s.token(i - 1).ner().equals("PERSON");
    return !nameNear && s.children(i).stream().noneMatch(d -> s.token(d.dependent()).ner().equals("PERSON"));
  }

  /** Sectors of the state institutions whose generic names ("Senate", "Supreme Court") the gazetteer gives one country. */
  private static final Set<String> STATE_SECTORS = Set.of("LEG", "JUD", "GOV", "MIL", "POL", "SPY");

  /**
   * The country that owns an institution named by a generic form the gazetteer gives another country
   * ("Congress", "Senate", "Supreme Court" are the United States'), when that country's name or
   * adjective comes right before it: "Peru's Congress", "the Brazilian Senate".
   */
  private Optional<GazetteerEntry> otherCountrysInstitution(List<Token> toks, TokenMatch country, TokenMatch m) {
    GazetteerEntry e = m.match().entry();
    if (country == null || e.kind() != ActorKind.ORGANIZATION || e.code() == null || !STATE_SECTORS.contains(e.sector())) {
      return Optional.empty();
    }
    boolean adjacent = country.end() == m.start()
        || country.end() + 1 == m.start() && toks.get(country.end()).word().matches("'s?|’s?");
    String owner = country.match().entry().code();
    if (!adjacent || owner == null || owner.equals(e.code())) {
      return Optional.empty();
    }
    return gazetteer.country(owner);
  }

  /** The most capitalised words before a country's name that can make it a longer place name. */
  private static final int PLACE_PREFIX_WORDS = 2;

  /**
   * Whether a country's name ends a longer place name ("New Mexico", "New South Wales") that the
   * field's dictionaries list as a place of another country: the span names that place, not the
   * country. The words before must be capitalised, so "new Mexico policy" is still Mexico.
   */
  private boolean placeOfAnotherCountry(Sentence s, TokenMatch m) {
    if (dictionary == null) {
      return false;
    }
    String code = m.match().entry().code();
    for (int start = m.start() - 1; start >= Math.max(0, m.start() - PLACE_PREFIX_WORDS); start--) {
      String w = s.token(start).word();
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      Optional<String> place = dictionary.countryOfPlace(s.span(start, m.end()));
      if (place.isPresent()) {
        return !place.get().equals(code);
      }
    }
    return false;
  }

  /** Whether the token heads an "in"/"at" phrase: where something is or happens. */
  private static boolean placePhrase(Sentence s, int head) {
    return s.parents(head).stream().anyMatch(d -> PLACE_RELATIONS.contains(d.relation()));
  }

  private void findNamed(Work w, Sentence s) {
    List<Token> toks = s.tokens();
    boolean[] claimed = new boolean[toks.size()];
    List<String> words = toks.stream().map(Token::word).toList();
    List<int[]> nerSpans = nerSpans(toks);
    // each claimed span by the token just after it, for names that follow "TITLE of X"
    Map<Integer, TokenMatch> claimedBy = new HashMap<>();
    TokenMatch lastCountry = null;
    Map<Integer, String> placedPeople = new HashMap<>();
    for (int[] span : nerSpans) {
      placeBeforeName(s, span).ifPresent(p -> {
        span[0] = p.end();
        placedPeople.put(p.end(), p.code());
      });
      listedNameBefore(s, span);
    }
    for (TokenMatch m : gazetteer.scan(words)) {
      String surface = s.span(m.start(), m.end());
      if (insideLongerNerSpan(m.start(), m.end(), nerSpans, toks) || gazetteer.isMedia(surface)) {
        continue;
      }
      GazetteerEntry e = m.match().entry();
      if (e.kind() == ActorKind.COUNTRY && m.end() < toks.size()
          && GEOGRAPHIC_FEATURES.contains(toks.get(m.end()).word())) {
        continue; // "the Indian Ocean", "the Niger River delta": a place named after, not in, the country
      }
      if (e.kind() == ActorKind.COUNTRY && placeOfAnotherCountry(s, m)) {
        continue; // "New Mexico", "New South Wales": a place of another country that ends with a country's name
      }
      MentionKind kind = switch (m.match().how()) {
        case NAME -> MentionKind.NAME;
        case DEMONYM -> MentionKind.DEMONYM;
        case GOVERNMENT_METONYM -> MentionKind.METONYM;
      };
      int head = headOf(s, m.start(), m.end());
      Optional<GazetteerEntry> owner = otherCountrysInstitution(toks, lastCountry, m);
      if (owner.isPresent()) {
        Actor agent = agent(owner.get(), e.sector());
        int start = lastCountry.start();
        w.add(agent, new Mention(s.index(), start, m.end(), head, agent.key(), MentionKind.NOMINAL),
            s.span(start, m.end()));
        for (int i = m.start(); i < m.end(); i++) {
          claimed[i] = true;
        }
        continue;
      }
      if (e.kind() == ActorKind.COUNTRY) {
        lastCountry = m;
      }
      // "The Kremlin", "the White House", "Tehran" acting: the country's government, not the country;
      // "in Tehran" is where something happens, in the country.
      Actor actor = e.kind() == ActorKind.COUNTRY && kind == MentionKind.METONYM && !placePhrase(s, head)
          ? agent(e, "GOV")
          : nationalAgents.getOrDefault(e.key(),
              new Actor(e.key(), e.name(), e.kind(), e.code(), e.sector(), Set.copyOf(e.aliases())));
      w.add(actor, new Mention(s.index(), m.start(), m.end(), head, actor.key(), kind), surface);
      for (int i = m.start(); i < m.end(); i++) {
        claimed[i] = true;
      }
      claimedBy.put(m.end(), m);
    }
    hyphenatedAgents(w, s, claimed);
    for (int[] span : nerSpans) {
      int start = span[0];
      int end = span[1];
      if (anyClaimed(claimed, start, end) || quoted(toks, start, end)) {
        continue;
      }
      String tag = toks.get(end - 1).ner(); // the last token: a listed name may open with an untagged word
      String surface = s.span(start, end);
      if (gazetteer.isMedia(surface) || gazetteer.isMedia("The " + surface)
          || (start > 0 && gazetteer.isMedia(s.span(start - 1, end)))) {
        continue;
      }
      switch (tag) {
        case "PERSON", "ORGANIZATION" -> {
          // A name with no Latin letter or digit ("Путин") has no key: it would key as a bare "person:".
          if (Character.isUpperCase(surface.codePointAt(0)) && !toks.get(start).pos().startsWith("PRP")
              && !ActorKey.slug(surface).isEmpty()) {
            w.candidates.add(new Candidate(s.index(), start, end, tag, surface, placedPeople.get(start)));
          }
        }
        default -> { } // countries and nationalities the gazetteer does not know are not actors
      }
    }
    namesAfterTitles(w, s, claimed, claimedBy);
    listedPeopleUntagged(w, s, claimed);
  }

  /** The tokens of sentence {@code s} that a name waiting for resolution already covers. */
  private static boolean[] candidateTokens(Work w, Sentence s) {
    boolean[] named = new boolean[s.tokens().size()];
    for (Candidate c : w.candidates) {
      if (c.sentence() == s.index()) {
        Arrays.fill(named, c.start(), c.end(), true);
      }
    }
    return named;
  }

  /** Longest name, in tokens, of a listed person looked for where the tagger found none. */
  private static final int MAX_LISTED_NAME_TOKENS = 6;

  /**
   * People of the project's list ({@link KnownPeople}) whose full name the tagger misses or calls a
   * place ("criticism of Aung San Suu Kyi", "Ban Ki-moon, the Secretary-General"): a span no other
   * name covers that is exactly a listed name or alias is that person.
   */
  private void listedPeopleUntagged(Work w, Sentence s, boolean[] claimed) {
    List<Token> toks = s.tokens();
    boolean[] named = candidateTokens(w, s);
    for (int i = 0; i < toks.size(); i++) {
      if (claimed[i] || named[i] || !Character.isUpperCase(toks.get(i).word().codePointAt(0))) {
        continue;
      }
      for (int end = Math.min(toks.size(), i + MAX_LISTED_NAME_TOKENS); end > i + 1; end--) {
        if (anyClaimed(claimed, i, end) || anyClaimed(named, i, end)
            || toks.get(end - 1).word().chars().noneMatch(Character::isLetter)) {
          continue; // a name ends on a word: "Ban Ki-moon", not "Ban Ki-moon,"
        }
        String surface = s.span(i, end);
        if (knownPeople.person(surface).isPresent()) {
          w.candidates.add(new Candidate(s.index(), i, end, "PERSON", surface, null));
          Arrays.fill(named, i, end, true);
          i = end - 1;
          break;
        }
      }
    }
  }

  /** A word the tokenizer keeps whole: a name, a hyphen, and a participle ("UN-brokered", "EU-funded"). */
  private static final Pattern HYPHENATED_AGENT =
      Pattern.compile("(\\p{Lu}[^-]*)-(\\p{Ll}+ed)");

  /**
   * The actor a hyphenated participle names, where the tokenizer keeps the word whole ("a UN-brokered
   * truce", "EU-funded projects"): the country or organisation before the hyphen brokered, funded or
   * led, as it does when the word is split ("Iran-backed"). Seats of government are left out, as
   * "Washington-based" says where, not who.
   */
  private void hyphenatedAgents(Work w, Sentence s, boolean[] claimed) {
    for (Token t : s.tokens()) {
      Matcher h = HYPHENATED_AGENT.matcher(t.word());
      if (claimed[t.index()] || !h.matches()) {
        continue;
      }
      Optional<GazetteerMatch> g = gazetteer.lookup(h.group(1)).filter(m -> m.how() != MatchKind.GOVERNMENT_METONYM);
      if (g.isEmpty()) {
        continue;
      }
      GazetteerEntry e = g.get().entry();
      Actor actor = nationalAgents.getOrDefault(e.key(),
          new Actor(e.key(), e.name(), e.kind(), e.code(), e.sector(), Set.copyOf(e.aliases())));
      MentionKind kind = g.get().how() == MatchKind.DEMONYM ? MentionKind.DEMONYM : MentionKind.NAME;
      w.add(actor, new Mention(s.index(), t.index(), t.index() + 1, t.index(), actor.key(), kind), h.group(1));
      claimed[t.index()] = true;
    }
  }

  /** Entity tags a person's name after a title may wrongly carry ("Thabo Mbeki" as a place) or lack. */
  private static final Set<String> MISSED_NAME_TAGS = Set.of("O", "PERSON", "LOCATION", "MISC");

  /**
   * People the tagger leaves untagged, or tags as a place, right after a title: "Venezuelan President
   * Hugo Chávez", "the President of South Africa Thabo Mbeki", "chairman of the Verkhovna Rada Ruslan
   * Stefanchuk". A run of two or more capitalised proper nouns that no other name covers, after a
   * title word or after "TITLE of [the] X" where X is a country or organisation the gazetteer knows, is
   * a person; in the second form the person acts for X's country (or X, if intergovernmental).
   */
  private void namesAfterTitles(Work w, Sentence s, boolean[] claimed, Map<Integer, TokenMatch> claimedBy) {
    List<Token> toks = s.tokens();
    boolean[] named = candidateTokens(w, s);
    for (int i = 1; i < toks.size(); i++) {
      String code = null;
      boolean afterTitle = toks.get(i - 1).ner().equals("TITLE");
      TokenMatch post = claimedBy.get(i);
      if (!afterTitle && post != null) {
        int of = post.start() - 1;
        if (of >= 1 && toks.get(of).word().equalsIgnoreCase("the")) {
          of--;
        }
        afterTitle = of >= 1 && toks.get(of).word().equals("of") && toks.get(of - 1).ner().equals("TITLE");
        code = afterTitle ? post.match().entry().code() : null;
      }
      if (!afterTitle || claimed[i] || named[i]) {
        continue;
      }
      int end = i;
      int words = 0;
      while (end < toks.size() && !claimed[end] && !named[end]) {
        Token t = toks.get(end);
        boolean word = t.pos().equals("NNP") && MISSED_NAME_TAGS.contains(t.ner())
            && Character.isUpperCase(t.word().codePointAt(0));
        // a hyphenated name goes on over the hyphen, whatever the case after it ("Pierre-Louis", "Ki-moon")
        boolean hyphen = t.word().equals("-") && words > 0 && end + 1 < toks.size()
            && toks.get(end + 1).pos().equals("NNP") && !claimed[end + 1] && !named[end + 1];
        if (!word && !hyphen) {
          break;
        }
        words += word ? 1 : 0;
        end += hyphen ? 2 : 1;
      }
      String surface = s.span(i, end);
      if (words < 2 || gazetteer.lookup(surface).isPresent() || gazetteer.isMedia(surface)
          || ActorKey.slug(surface).isEmpty()) {
        continue;
      }
      w.candidates.add(new Candidate(s.index(), i, end, "PERSON", surface, code));
      Arrays.fill(named, i, end, true);
    }
  }

  /** Maximal runs of one entity tag among the actor tags. */
  private static List<int[]> nerSpans(List<Token> toks) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      String tag = toks.get(i).ner();
      if (!ACTOR_TAGS.contains(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && toks.get(j).ner().equals(tag)) {
        j++;
      }
      // "The" tagged into an organisation name is not part of the name.
      int start = toks.get(i).pos().equals("DT") ? i + 1 : i;
      if (start < j) {
        spans.add(new int[] {start, j});
      }
      i = j;
    }
    return spans;
  }

  /** A gazetteer hit inside a longer person or organisation name ("Michael Jordan") is not the country. */
  private static boolean insideLongerNerSpan(int start, int end, List<int[]> spans, List<Token> toks) {
    for (int[] sp : spans) {
      String tag = toks.get(sp[1] - 1).ner();
      if ((tag.equals("PERSON") || tag.equals("ORGANIZATION"))
          && sp[0] <= start && end <= sp[1] && sp[1] - sp[0] > end - start) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyClaimed(boolean[] claimed, int start, int end) {
    for (int i = start; i < end; i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }

  /** Quoted names are nicknames or slogans ("First Buddy"), not actors. */
  private static boolean quoted(List<Token> toks, int start, int end) {
    return start > 0 && end < toks.size()
        && OPEN_QUOTES.contains(toks.get(start - 1).word())
        && CLOSE_QUOTES.contains(toks.get(end).word().replace(".", ""))
        || start > 0 && end + 1 < toks.size()
        && OPEN_QUOTES.contains(toks.get(start - 1).word())
        && toks.get(end).word().equals(".") && CLOSE_QUOTES.contains(toks.get(end + 1).word());
  }

  /** The token of a span that no other token of the span governs (the last one on ties). */
  static int headOf(Sentence s, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      final int tok = i;
      boolean governedInside = s.parents(tok).stream()
          .anyMatch(d -> d.governor() >= start && d.governor() < end && d.governor() != tok);
      if (!governedInside && !s.token(tok).pos().equals("POS")) {
        return tok;
      }
    }
    return end - 1;
  }

  /** Single names resolve to the full name that contains them; organisations named like a person are that person. */
  private void resolvePersonNames(Work w) {
    List<Candidate> fullNames = new ArrayList<>();
    for (Candidate c : w.candidates) {
      if (c.tag().equals("PERSON") && c.end() - c.start() >= 2) {
        fullNames.add(c);
      }
    }
    Map<String, String> singleToFull = new HashMap<>();
    for (Candidate c : fullNames) {
      for (String part : c.text().split(" ")) {
        singleToFull.putIfAbsent(part, c.text()); // the first full name seen wins a shared part
      }
    }
    // A one-word person name stays a person where the tagger calls it an organisation ("Trump spokesperson").
    Set<String> personNames = new HashSet<>();
    for (Candidate c : w.candidates) {
      if (c.tag().equals("PERSON")) {
        personNames.add(c.text());
      }
    }
    Map<String, Candidate> acronyms = acronyms(w);
    for (Candidate c : w.candidates) {
      Sentence s = w.text.sentences().get(c.sentence());
      int head = headOf(s, c.start(), c.end());
      boolean single = c.end() - c.start() == 1;
      String full = single ? singleToFull.get(c.text()) : null;
      boolean person = c.tag().equals("PERSON") || full != null || personNames.contains(c.text());
      if (single && person && full == null) {
        // A surname the article never gives in full is the one listed person of that name, if one.
        full = knownPeople.onlyPersonNamed(c.text()).orElse(null);
      }
      if (single && person && full == null && dictionary != null) {
        // else the one person of that surname the field's dictionaries have in office at the article's date
        full = dictionary.onlyPersonInOffice(c.text(), w.text.documentDate()).orElse(null);
      }
      Candidate expanded = single ? acronyms.get(c.text()) : null;
      if (expanded != null) {
        // "CPJ" where the article introduced "Committee to Protect Journalists (CPJ)".
        Actor org = organization(w, expanded);
        w.add(org, new Mention(c.sentence(), c.start(), c.end(), head, org.key(), MentionKind.NAME), c.text());
        continue;
      }
      if (person) {
        String name = full != null ? full : c.text();
        String key = ActorKey.person(name).value();
        MentionKind kind = full != null ? MentionKind.PARTIAL_NAME : MentionKind.NAME;
        w.add(new Actor(key, name, ActorKind.PERSON, c.code(), null, Set.of()),
            new Mention(c.sentence(), c.start(), c.end(), head, key, kind), c.text());
      } else {
        Actor org = organization(w, c);
        w.add(org, new Mention(c.sentence(), c.start(), c.end(), head, org.key(), MentionKind.NAME), c.text());
      }
    }
    acronymMentions(w, acronyms);
    w.mentions.sort((a, b) -> a.sentence() != b.sentence()
        ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.start(), b.start()));
  }

  /**
   * The national agent of a country and sector, named as the gazetteer names it ("US government",
   * "Pakistan Army"), else by the country's adjective ("Iranian police").
   */
  private Actor agent(GazetteerEntry country, String sector) {
    Actor a = Agents.actor(country, gazetteer.demonym(country.code()).orElse(null), sector);
    String listed = agentNames.get(a.key());
    return listed == null ? a : new Actor(a.key(), listed, a.kind(), a.code(), a.sector(), Set.of());
  }

  /**
   * The country and sector a name made only of a country and one agent noun stands for: "Iranian
   * government", "Government of Iran", "Indian police".
   */
  private Optional<Actor> agentName(Sentence s, int start, int end) {
    if (end - start < 2) {
      return Optional.empty();
    }
    Token last = s.token(end - 1);
    Token first = s.token(start);
    Optional<String> lastSector = agents.sector(last.lemma(), last.word());
    if (lastSector.isPresent()) {
      Optional<GazetteerEntry> c = countryNamed(s.span(start, end - 1));
      if (c.isPresent()) {
        return Optional.of(agent(c.get(), lastSector.get()));
      }
    }
    Optional<String> firstSector = agents.sector(first.lemma(), first.word());
    if (firstSector.isPresent() && end - start >= 3 && s.token(start + 1).word().equalsIgnoreCase("of")) {
      int from = s.token(start + 2).word().equalsIgnoreCase("the") ? start + 3 : start + 2;
      Optional<GazetteerEntry> c = from < end ? countryNamed(s.span(from, end)) : Optional.empty();
      if (c.isPresent()) {
        return Optional.of(agent(c.get(), firstSector.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<GazetteerEntry> countryNamed(String surface) {
    return gazetteer.lookup(surface)
        .filter(m -> m.entry().kind() == ActorKind.COUNTRY && m.how() != MatchKind.GOVERNMENT_METONYM)
        .map(GazetteerMatch::entry);
  }

  /** An organisation the gazetteer does not know, named by a candidate span. */
  private Actor organization(Work w, Candidate c) {
    Optional<Actor> agent = agentName(s(w, c), c.start(), c.end());
    if (agent.isPresent()) {
      return agent.get();
    }
    Optional<Actor> listed = dictionary == null ? Optional.empty()
        : dictionary.organisation(c.text(), w.text.documentDate()).map(e -> listedOrganisation(e, w.text.documentDate()));
    if (listed.isPresent()) {
      return listed.get();
    }
    String key = ActorKey.organisation(c.text()).value();
    // "The Nigerian Union of Teachers", "the Latvian Constitutional Court": an organisation
    // whose name opens with a country's name or adjective belongs to that country.
    String code = null;
    String sector = null;
    if (c.end() - c.start() > 1) {
      Optional<GazetteerMatch> lead = gazetteer.lookup(s(w, c).token(c.start()).word());
      code = lead.isPresent() && lead.get().entry().kind() == ActorKind.COUNTRY
          && lead.get().how() != MatchKind.GOVERNMENT_METONYM
          ? lead.get().entry().code()
          // "Ohio State Highway Patrol", "Beijing municipal government": opening with a place of one country.
          : placePrefix(s(w, c), c.start(), c.end() - 1).orElse(null);
      if (code != null) {
        Token last = s(w, c).token(c.end() - 1);
        sector = agents.sector(last.lemma(), last.word()).orElse(null);
      }
    }
    if (code == null) {
      // "the Constitutional Court of Malawi", "the National Assembly of Niger": named as the country's.
      Sentence s = s(w, c);
      for (int of = c.end() - 2; of > c.start(); of--) {
        if (!s.token(of).word().equals("of")) {
          continue;
        }
        int from = s.token(of + 1).word().equalsIgnoreCase("the") ? of + 2 : of + 1;
        Optional<GazetteerEntry> country = from < c.end() ? countryNamed(s.span(from, c.end())) : Optional.empty();
        if (country.isPresent()) {
          code = country.get().code();
          Token head = s.token(of - 1);
          sector = agents.sector(head.lemma(), head.word()).orElse(null);
        }
        break; // the country is the whole tail after the last "of"
      }
    }
    return new Actor(key, c.text(), ActorKind.ORGANIZATION, code, sector, Set.of());
  }

  /**
   * The one actor of an organisation the field's dictionaries list, whichever of its names the text
   * uses ("Tamil Tigers", "LTTE" and "Liberation Tigers of Tamil Eelam" are one node): the gazetteer's
   * organisation when the entry's names lead to one alone, else keyed and named by the entry's first
   * name, with the code it holds at {@code date}. The text's wording becomes an alias where it differs.
   */
  private Actor listedOrganisation(ActorDictionary.Entry entry, LocalDate date) {
    Set<GazetteerEntry> known = new LinkedHashSet<>();
    for (String n : entry.names()) {
      gazetteer.lookup(n).filter(m -> m.how() == MatchKind.NAME && m.entry().kind() == ActorKind.ORGANIZATION)
          .ifPresent(m -> known.add(m.entry()));
    }
    if (known.size() == 1) {
      GazetteerEntry e = known.iterator().next();
      return nationalAgents.getOrDefault(e.key(),
          new Actor(e.key(), e.name(), e.kind(), e.code(), e.sector(), Set.copyOf(e.aliases())));
    }
    ActorDictionary.Affiliation a = entry.affiliationOn(date);
    String name = entry.displayName();
    return new Actor(ActorKey.organisation(name).value(), name, ActorKind.ORGANIZATION, a.code(), a.sector(),
        Set.of());
  }

  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");

  /**
   * Acronyms an article introduces for an organisation it names in full: "the Department of
   * Government Efficiency (DOGE)". The first introduction of an acronym wins.
   */
  private static Map<String, Candidate> acronyms(Work w) {
    Map<String, Candidate> out = new HashMap<>();
    for (Candidate c : w.candidates) {
      Sentence s = w.text.sentences().get(c.sentence());
      if (!c.tag().equals("ORGANIZATION") || c.end() - c.start() < 2 || c.end() + 2 >= s.tokens().size()) {
        continue;
      }
      String open = s.token(c.end()).word();
      String acronym = s.token(c.end() + 1).word();
      String close = s.token(c.end() + 2).word();
      if ((open.equals("(") || open.equals("-LRB-")) && (close.equals(")") || close.equals("-RRB-"))
          && ACRONYM.matcher(acronym).matches()) {
        out.putIfAbsent(acronym, c);
      }
    }
    return out;
  }

  /** Acronym tokens the tagger left untagged ("(DOGE)" is often O) still name their organisation. */
  private void acronymMentions(Work w, Map<String, Candidate> acronyms) {
    if (acronyms.isEmpty()) {
      return;
    }
    for (Sentence s : w.text.sentences()) {
      for (Token t : s.tokens()) {
        Candidate full = acronyms.get(t.word());
        if (full == null || mentionAt(w.mentions, s.index(), t.index()).isPresent()) {
          continue;
        }
        Actor org = organization(w, full);
        w.add(org, new Mention(s.index(), t.index(), t.index() + 1, t.index(), org.key(), MentionKind.NAME), t.word());
      }
    }
  }

  /**
   * Generic agents tied to a country: "Israeli soldiers", "Iran's government", "rebels from
   * Uganda", "demonstrators in Baghdad" become the actor for that country's sector (keyed like
   * CAMEO's country+agent codes); "UN peacekeepers" are the organisation itself. Coordinated
   * countries ("Hungarian and Romanian officials") give one actor each, on the same head.
   */
  private void findAgents(Work w, Sentence s) {
    List<Mention> found = new ArrayList<>();
    for (Token t : s.tokens()) {
      int i = t.index();
      if (!t.isNoun() || mentionAt(w.mentions, s.index(), i).isPresent()) {
        continue;
      }
      Optional<String> sector = agents.sector(t.lemma(), t.word());
      // A singular title ("Iran's foreign minister", "a top Iranian general") is a person's role,
      // left to the role finder; plurals and other agent nouns stand for the collective, and so does
      // an unnamed rank-and-file member ("an Israeli soldier was killed"): the collective's member.
      boolean singularTitle = (t.pos().equals("NN") || t.pos().equals("NNP"))
          && gazetteer.titleSector(t.lemma().toLowerCase(Locale.ROOT)).isPresent()
          && !(sector.isPresent() && RANK_AND_FILE.contains(t.lemma().toLowerCase(Locale.ROOT)) && unnamed(s, i));
      if (sector.isEmpty() || singularTitle) {
        continue;
      }
      int start = i;
      boolean ledBy = false;
      List<Mention> owners = new ArrayList<>();
      List<Mention> placedIn = new ArrayList<>();
      for (Dependency d : s.children(i)) {
        String rel = d.relation();
        boolean pre = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss");
        boolean post = rel.equals("nmod:of") || rel.equals("nmod:from") || rel.equals("nmod:in");
        if (!pre && !post) {
          continue;
        }
        Optional<Mention> m = rel.equals("amod") ? leader(w, s, d.dependent()) : Optional.empty();
        if (m.isEmpty()) {
          m = mentionAt(w.mentions, s.index(), d.dependent());
        }
        if (m.isEmpty()) {
          continue;
        }
        Actor a = w.actors.get(m.get().actorKey());
        if (a.kind() == ActorKind.PERSON && pre && sector.get().equals("GOV") && GOVERNMENTS.contains(t.lemma())
            && m.get().start() < i) {
          // "the Biden administration": the government of the country its leader is known to lead.
          Optional<GazetteerEntry> led = knownPeople.byName(a.name()).flatMap(k -> gazetteer.country(k.code()));
          if (led.isPresent()) {
            Actor government = agent(led.get(), "GOV");
            found.add(new Mention(s.index(), m.get().start(), i + 1, i, government.key(), MentionKind.NOMINAL));
            w.actors.putIfAbsent(government.key(), government);
            owners.clear();
            ledBy = true;
            break;
          }
        }
        if (a.kind() == ActorKind.PERSON || a.code() == null) {
          continue;
        }
        owners.add(m.get());
        if (rel.equals("nmod:in")) {
          placedIn.add(m.get());
        }
        if (pre) {
          start = Math.min(start, m.get().start());
          for (Dependency c : s.children(d.dependent())) {
            if (c.relation().startsWith("conj")) { // "Hungarian and Romanian officials"
              mentionAt(w.mentions, s.index(), c.dependent()).ifPresent(owners::add);
            }
          }
        }
      }
      if (ledBy) {
        continue;
      }
      if (owners.size() > placedIn.size()) {
        owners.removeAll(placedIn); // "Hamas forces in Gaza", "Turkish troops in Syria": whose, then where
      }
      if (owners.isEmpty()) {
        Optional<Mention> local = localAgent(w, s, t, sector.get());
        if (local.isPresent()) {
          found.add(local.get());
          continue;
        }
      }
      if (owners.isEmpty() && bareCollective(s, t, sector.get())) {
        contextCountry(w, s, sector.get()).ifPresent(c -> {
          Actor agent = agent(c, sector.get());
          found.add(new Mention(s.index(), i, i + 1, i, agent.key(), MentionKind.NOMINAL));
          w.actors.putIfAbsent(agent.key(), agent);
        });
        continue;
      }
      for (Mention owner : owners) {
        Actor a = w.actors.get(owner.actorKey());
        // A seat of government as a modifier ("a Beijing court", "Moscow police") names the country.
        Optional<GazetteerEntry> country = a.kind() == ActorKind.COUNTRY || owner.kind() == MentionKind.METONYM
            ? gazetteer.country(a.code()) : Optional.empty();
        Actor agent = country.isPresent() ? agent(country.get(), sector.get()) : a;
        if (found.stream().anyMatch(f -> f.head() == i && f.actorKey().equals(agent.key()))) {
          continue;
        }
        Mention m = new Mention(s.index(), Math.min(start, i), i + 1, i, agent.key(), MentionKind.NOMINAL);
        found.add(m);
        Actor known = w.actors.get(agent.key());
        w.actors.put(agent.key(), known == null ? agent : known);
      }
    }
    w.mentions.addAll(found);
  }

  /**
   * A collective two nationalities share ("Armenian and Azerbaijani troops"): the text names one
   * actor with the last demonym, and each demonym coordinated with it names that country's own
   * collective of the same sector; all of them span the whole phrase on its head noun, as
   * coordinated agents do ("Hungarian and Romanian officials"), so that each takes part in what it
   * does.
   */
  private void coordinatedOwners(Work w, Sentence s) {
    List<Mention> added = new ArrayList<>();
    List<Mention> widened = new ArrayList<>();
    for (Mention m : List.copyOf(w.mentions)) {
      Actor a = w.actors.get(m.actorKey());
      if (m.sentence() != s.index() || m.end() - m.start() < 2 || a.kind() == ActorKind.PERSON
          || a.kind() == ActorKind.COUNTRY || a.sector() == null || a.code() == null) {
        continue;
      }
      for (Dependency d : s.parents(m.start())) {
        if (!d.relation().startsWith("conj") || d.governor() < 0) {
          continue;
        }
        Optional<Mention> other = mentionAt(w.mentions, s.index(), d.governor());
        if (other.isEmpty() || other.get().kind() != MentionKind.DEMONYM) {
          continue;
        }
        Actor o = w.actors.get(other.get().actorKey());
        if (o.kind() != ActorKind.COUNTRY || o.code() == null || o.code().equals(a.code())) {
          continue;
        }
        Optional<GazetteerEntry> country = gazetteer.country(o.code());
        if (country.isPresent()) {
          Actor agent = agent(country.get(), a.sector());
          added.add(new Mention(s.index(), d.governor(), m.end(), m.head(), agent.key(), MentionKind.NOMINAL));
          w.actors.putIfAbsent(agent.key(), agent);
          if (widened.add(m)) {
            added.add(new Mention(s.index(), d.governor(), m.end(), m.head(), m.actorKey(), m.kind()));
          }
        }
      }
    }
    w.mentions.removeAll(widened);
    w.mentions.addAll(added);
  }

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

  /**
   * The country of the longest run of tokens from {@code start}, ending before {@code limit}, that
   * the dictionaries list as one country's place ("Los Angeles" of "Los Angeles County sheriffs").
   */
  private Optional<String> placePrefix(Sentence s, int start, int limit) {
    if (dictionary == null) {
      return Optional.empty();
    }
    for (int end = limit; end > start; end--) {
      Optional<String> c = dictionary.countryOfPlace(s.span(start, end));
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The countries of the places a sentence names (runs of place tokens the dictionaries list). */
  private Set<String> placeCountries(Sentence s) {
    Set<String> codes = new HashSet<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!PLACE_TAGS.contains(tokens.get(i).ner())) {
        continue;
      }
      int end = i;
      while (end < tokens.size() && PLACE_TAGS.contains(tokens.get(end).ner())) {
        end++;
      }
      placePrefix(s, i, end).ifPresent(codes::add);
      i = end - 1;
    }
    return codes;
  }

  /**
   * A local collective named with its place ("Chicago police", "police in Chicago"): an
   * organisation of the place's country and the noun's sector, named as the text names it.
   */
  private Optional<Mention> localAgent(Work w, Sentence s, Token t, String sector) {
    for (Dependency d : s.children(t.index())) {
      String rel = d.relation();
      boolean pre = rel.equals("compound") || rel.equals("amod");
      if (!pre && !rel.equals("nmod:in")) {
        continue;
      }
      int from = d.dependent();
      int to = d.dependent() + 1;
      if (!PLACE_TAGS.contains(s.token(from).ner())) {
        continue;
      }
      while (from > 0 && PLACE_TAGS.contains(s.token(from - 1).ner())) {
        from--;
      }
      while (to < s.tokens().size() && PLACE_TAGS.contains(s.token(to).ner())) {
        to++;
      }
      Optional<String> code = placePrefix(s, from, to);
      if (code.isEmpty() || mentionAt(w.mentions, s.index(), from).isPresent()) {
        continue;
      }
      int start = pre ? from : t.index();
      int end = pre ? t.index() + 1 : to;
      String name = s.span(start, end);
      Actor a = new Actor(ActorKey.organisation(name).value(), name, ActorKind.ORGANIZATION, code.get(), sector,
          Set.of());
      w.actors.putIfAbsent(a.key(), a);
      return Optional.of(new Mention(s.index(), start, end, t.index(), a.key(), MentionKind.NAME));
    }
    return Optional.empty();
  }

  /** Nouns that, after a leader's name, mean the government the leader heads. */
  private static final Set<String> GOVERNMENTS = Set.of("administration", "government", "regime", "cabinet");

  /**
   * Sectors whose bare collectives ("police", "protesters", "troops") are actors of their context's
   * country. Rebels and militants are left out: though annotators give 110 of news-train's 148 coded
   * militants, rebels and gunmen the other party's country, taking it gave edges only 38% right.
   */
  private static final Set<String> BARE_SECTORS = Set.of("MIL", "POL", "CIV", "JUD", "OPP");
  /** Modifiers that say a collective is not the country's own: "international troops", "foreign fighters". */
  private static final Set<String> FOREIGN = Set.of("international", "foreign", "multinational", "coalition",
      "allied", "western", "peacekeeping", "overseas");

  /** Agent nouns too vague to stand alone for a country's collective. */
  private static final Set<String> NOT_BARE = Set.of("people", "worker", "company", "firm", "union", "youth",
      "student", "teacher", "farmer", "prisoner", "refugee", "hacker", "criminal", "aircraft", "jet", "tank",
      "helicopter", "warplane", "warship", "bulldozer", "artillery", "gunboat", "agent", "guard", "force");

  /** Determiners by which "government" alone is a country's own: "the government", "his government". */
  private static final Set<String> GOVERNMENT_DETERMINERS = Set.of("the", "its", "his", "her", "their");

  /**
   * A plural collective, or police or the military, standing alone ("Police fired tear gas",
   * "protesters marched"), not a modifier of another noun ("police station"); and "the government"
   * or "its government" alone, the government of the country the text is about ("In Sudan, the
   * government and the rebels agreed ...").
   */
  private static boolean bareCollective(Sentence s, Token t, String sector) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean collective = t.pos().equals("NNS") || lemma.equals("police") || lemma.equals("military")
        || lemma.equals("army");
    boolean government = sector.equals("GOV") && lemma.equals("government") && t.pos().equals("NN")
        && s.children(t.index()).stream().anyMatch(d -> (d.relation().equals("det") || d.relation().equals("nmod:poss"))
            && GOVERNMENT_DETERMINERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    // "forces" alone may be anyone's; "security forces" are the state's (Phoenix SECURITY_FORCE)
    boolean securityForces = lemma.equals("force") && s.children(t.index(), "compound").stream()
        .anyMatch(c -> s.token(c).lemma().equalsIgnoreCase("security"));
    return (BARE_SECTORS.contains(sector) && collective || government) && (!NOT_BARE.contains(lemma) || securityForces)
        && s.parents(t.index()).stream().noneMatch(d -> d.relation().equals("compound"))
        && s.children(t.index()).stream().noneMatch(d -> FOREIGN.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Sectors whose bare collectives belong to the country of the places they act in. */
  private static final Set<String> LOCAL_SECTORS = Set.of("CIV", "POL", "JUD");

  /**
   * The country of a collective of {@code sector} the sentence names bare ("people", "police"): for
   * civilians, police and courts, that of the one country its places belong to ("killed ten people in
   * Kharkiv" whoever struck, "prosecutors in Manhattan"; armed men are no more the place's than talks
   * held in Oslo are Norway's); else the one country the sentence names, other than as the other
   * party of an action; if it names none, the one the previous sentence names. Empty when there are
   * several or none.
   */
  private Optional<GazetteerEntry> contextCountry(Work w, Sentence s, String sector) {
    Set<String> placed = LOCAL_SECTORS.contains(sector) ? placeCountries(s) : Set.of();
    if (placed.size() == 1) {
      return gazetteer.country(placed.iterator().next());
    }
    for (int k = s.index(); k >= Math.max(0, s.index() - 1); k--) {
      Set<String> codes = sentenceCountries(w, k);
      if (codes.size() > 1) {
        return Optional.empty();
      }
      if (codes.size() == 1) {
        return gazetteer.country(codes.iterator().next());
      }
    }
    return Optional.empty();
  }

  /**
   * The leader named in a "-led" modifier ("Saudi-led forces", "US-led troops"), the tokenizer
   * having split it into "Saudi", "-", "led": the leader is who acts. "-backed" is not such a
   * modifier: the backer stands behind someone else.
   */
  private static Optional<Mention> leader(Work w, Sentence s, int modifier) {
    Token led = s.token(modifier);
    if (!led.word().equalsIgnoreCase("led") || modifier < 2 || !s.token(modifier - 1).word().equals("-")) {
      return Optional.empty();
    }
    return mentionAt(w.mentions, s.index(), modifier - 2);
  }

  /** A person mentioned at a position, for recency-based resolution. */
  private record Seen(int sentence, int token, String key, boolean subject) {}

  private void resolveReferences(Work w, RoleFinder roles) {
    List<Seen> seen = new ArrayList<>();
    List<Seen> seenOrganisations = new ArrayList<>();
    List<Seen> seenGroups = new ArrayList<>(); // plural actors "they" can take up: protesters, troops, rebels
    List<Mention> added = new ArrayList<>();
    for (Sentence s : w.text.sentences()) {
      for (Token t : s.tokens()) {
        int i = t.index();
        Optional<Mention> named = mentionAt(w.mentions, s.index(), i);
        if (named.isPresent()) {
          Mention m = named.get();
          ActorKind kind = w.actors.get(m.actorKey()).kind();
          if (m.head() == i) {
            if (kind == ActorKind.PERSON) {
              seen.add(new Seen(s.index(), i, m.actorKey(), isSubject(s, i)));
            } else if (kind == ActorKind.ORGANIZATION && m.kind() == MentionKind.NAME) {
              seenOrganisations.add(new Seen(s.index(), i, m.actorKey(), isSubject(s, i)));
            }
            if (kind != ActorKind.PERSON && kind != ActorKind.COUNTRY && t.pos().startsWith("NNS")
                || t.pos().equals("NNPS")) {
              seenGroups.add(new Seen(s.index(), i, m.actorKey(), isSubject(s, i) || beforeAnyVerb(s, i)));
            }
          }
          continue;
        }
        if (t.pos().equals("PRP") && PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
          groupAntecedent(seenGroups, s.index()).ifPresent(key -> {
            added.add(new Mention(s.index(), i, i + 1, i, key, MentionKind.PRONOUN));
            seenGroups.add(new Seen(s.index(), i, key, isSubject(s, i)));
          });
          continue;
        }
        Optional<String> organisation = organisationDescribed(w, s, i, seenOrganisations);
        if (organisation.isPresent()) {
          added.add(new Mention(s.index(), i - 1, i + 1, i, organisation.get(), MentionKind.NOMINAL));
          continue;
        }
        Optional<String> group = armedGroupDescribed(w, s, i, seenOrganisations);
        if (group.isPresent()) {
          added.add(new Mention(s.index(), i, i + 1, i, group.get(), MentionKind.NOMINAL));
          continue;
        }
        if (t.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
          Set<String> clauseSubjects = subjectsOfGoverningVerb(s, i, w.mentions, added);
          Optional<NameGender.Gender> gender = NameGender.ofPronoun(t.word());
          Predicate<String> agrees = key -> gender.isEmpty() || NameGender.shared().of(w.actors.get(key).name())
              .map(g -> g == gender.get()).orElse(true);
          pronounAntecedent(seen, s.index(), clauseSubjects, agrees).ifPresent(key -> {
            added.add(new Mention(s.index(), i, i + 1, i, key, MentionKind.PRONOUN));
            seen.add(new Seen(s.index(), i, key, isSubject(s, i)));
          });
          continue;
        }
        Optional<RoleFinder.Nominal> nominal = roles.nominalAt(s, i);
        if (nominal.isEmpty()) {
          continue;
        }
        RoleFinder.Nominal n = nominal.get();
        Optional<String> holder = roles.holderOf(n);
        // "The Tesla and SpaceX boss" continues the topic (the last subject person); "Iran's
        // ambassador to the U.N." introduces someone yet unnamed: a role reference for the events.
        if (holder.isEmpty() && n.article() && n.principalKey() != null
            && w.actors.get(n.principalKey()).kind() == ActorKind.ORGANIZATION) {
          holder = pronounAntecedent(seen, s.index());
        }
        if (holder.isEmpty() && (n.principalKey() != null || n.postKey() != null)) {
          w.roleReferences.add(new RoleReference(s.index(), i, n.title(), n.principalKey(), n.postKey()));
          continue;
        }
        // A description ("the tech billionaire", "the Tesla and SpaceX boss") most often continues
        // the topic: the last subject person of this or the previous sentence, else the last person.
        // An office ("the prime minister") is not the topic person when the text gave that person
        // another one: it is someone not yet named.
        boolean office = t.ner().equals("TITLE");
        Optional<String> key = holder.or(() -> pronounAntecedent(seen, s.index())
            .filter(k -> !office || !roles.holdsOtherTitle(k, n.title())));
        key.ifPresent(k -> {
          added.add(new Mention(s.index(), n.start(), i + 1, i, k, MentionKind.NOMINAL));
          seen.add(new Seen(s.index(), i, k, isSubject(s, i)));
        });
      }
    }
    w.mentions.addAll(added);
  }

  /** Heads of the descriptions that take up an organisation named before: "the ministry", "the court". */
  private static final Set<String> ORGANISATION_NOUNS = Set.of("ministry", "agency", "court", "party", "commission",
      "council", "committee", "department", "union", "bank", "tribunal", "assembly", "parliament", "coalition",
      "alliance", "movement", "bureau", "office", "authority", "service", "organisation", "organization");

  /**
   * The organisation a definite description takes up: "the ministry" after "the Interior Ministry",
   * "the court" after "the Federal High Court": the latest one named in this or the last {@value
   * #RECENCY_SENTENCES} sentences whose name holds the description's noun.
   */
  private static Optional<String> organisationDescribed(Work w, Sentence s, int i, List<Seen> organisations) {
    Token t = s.token(i);
    String noun = t.lemma().toLowerCase(Locale.ROOT);
    // Lower case: "the Ministry of Defence" is a name of its own; "the party leader" is a person.
    if (!t.pos().equals("NN") || !ORGANISATION_NOUNS.contains(noun) || !t.word().equals(noun) || i == 0
        || !s.token(i - 1).word().equalsIgnoreCase("the")
        || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()) {
      return Optional.empty();
    }
    for (int k = organisations.size() - 1; k >= 0; k--) {
      Seen o = organisations.get(k);
      if (s.index() - o.sentence() > RECENCY_SENTENCES) {
        break;
      }
      String name = w.actors.get(o.key()).name().toLowerCase(Locale.ROOT);
      if (List.of(name.split("[^a-z]+")).contains(noun)) {
        return Optional.of(o.key());
      }
    }
    return Optional.empty();
  }

  /** Nouns by which the news takes up an armed group it has named: "the militant group", "the movement". */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "movement", "organisation",
      "organization", "outfit", "faction");

  /**
   * "The group" or "the militant group" after an armed group was named ("Islamic Jihad fired
   * rockets ... the militant group said"): the last organisation named in this or the previous
   * sentence, when it is an armed group. Only armed groups: "the group" after a company or a ministry
   * is as often a group of people.
   */
  private static Optional<String> armedGroupDescribed(Work w, Sentence s, int i, List<Seen> organisations) {
    Token t = s.token(i);
    if (!t.pos().equals("NN") || !GROUP_NOUNS.contains(t.word()) || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()) {
      return Optional.empty();
    }
    int k = i - 1;
    while (k >= 0 && s.token(k).pos().startsWith("JJ") && Character.isLowerCase(s.token(k).word().charAt(0))) {
      k--; // "the militant group", "the Iran-backed group" is named by its backer: left alone
    }
    if (k < 0 || !s.token(k).word().equalsIgnoreCase("the") || organisations.isEmpty()) {
      return Optional.empty();
    }
    Seen last = organisations.get(organisations.size() - 1); // those seen so far: none after the noun
    return s.index() - last.sentence() <= 1 && "REB".equals(w.actors.get(last.key()).sector())
        ? Optional.of(last.key()) : Optional.empty();
  }

  private static Optional<Mention> mentionAt(List<Mention> mentions, int sentence, int token) {
    return mentions.stream().filter(m -> m.sentence() == sentence && m.covers(token)).findFirst();
  }

  /** In a sentence left unparsed, whether a word comes before its first verb, where the subject stands. */
  private static boolean beforeAnyVerb(Sentence s, int token) {
    if (!s.dependencies().isEmpty()) {
      return false;
    }
    for (int k = 0; k < token; k++) {
      if (s.token(k).isVerb()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSubject(Sentence s, int token) {
    return s.parents(token).stream().anyMatch(d -> d.base().equals("nsubj"));
  }

  /**
   * They/them: the last plural actor that was a subject in this or the previous sentence
   * ("Protesters gathered ... They demanded"); none otherwise, as "they" so often means people the
   * text never names.
   */
  private static Optional<String> groupAntecedent(List<Seen> seen, int sentence) {
    for (int k = seen.size() - 1; k >= 0; k--) {
      Seen g = seen.get(k);
      if (sentence - g.sentence() > 1) {
        break;
      }
      if (g.subject()) {
        return Optional.of(g.key());
      }
    }
    return Optional.empty();
  }

  /** He/she: the last subject person of this or the previous sentence, else the last person. */
  private static Optional<String> pronounAntecedent(List<Seen> seen, int sentence) {
    return pronounAntecedent(seen, sentence, Set.of(), key -> true);
  }

  /**
   * He/she/him/her, never one of {@code excluded}: the subjects of the verb a pronoun is the object
   * of, since "Kerry met Abbas and urged him" would say "himself" were it Kerry; and only one whose
   * first name {@code agrees} with the pronoun's gender. Such an object pronoun takes up the other
   * person of its own sentence first.
   */
  private static Optional<String> pronounAntecedent(List<Seen> seen, int sentence, Set<String> excluded,
      Predicate<String> agrees) {
    Predicate<String> fits = key -> !excluded.contains(key) && agrees.test(key);
    if (!excluded.isEmpty()) {
      for (int k = seen.size() - 1; k >= 0 && seen.get(k).sentence() == sentence; k--) {
        if (fits.test(seen.get(k).key())) {
          return Optional.of(seen.get(k).key());
        }
      }
    }
    for (int k = seen.size() - 1; k >= 0; k--) {
      Seen p = seen.get(k);
      if (p.subject() && sentence - p.sentence() <= 1 && fits.test(p.key())) {
        return Optional.of(p.key());
      }
    }
    for (int k = seen.size() - 1; k >= 0; k--) {
      Seen p = seen.get(k);
      if (sentence - p.sentence() > RECENCY_SENTENCES) {
        break;
      }
      if (fits.test(p.key())) {
        return Optional.of(p.key());
      }
    }
    return Optional.empty();
  }

  /** The actors that are subjects of the verb {@code pronoun} is an object of, or none. */
  private static Set<String> subjectsOfGoverningVerb(Sentence s, int pronoun, List<Mention> named,
      List<Mention> referred) {
    Set<String> keys = new HashSet<>();
    for (Dependency d : s.parents(pronoun)) {
      if (d.governor() < 0 || !(d.base().equals("obj") || d.base().equals("iobj"))) {
        continue;
      }
      for (int subject : s.children(d.governor(), "nsubj")) {
        mentionAt(named, s.index(), subject).or(() -> mentionAt(referred, s.index(), subject))
            .ifPresent(m -> keys.add(m.actorKey()));
      }
    }
    return keys;
  }

  /** Titles that one state's head alone bears, to that state: the pope heads the Holy See. */
  private static final Map<String, String> STATE_OF_TITLE = Map.of("pope", "VAT");

  /**
   * A person named with a title only one state's head bears ("Pope Francis", "Pope Benedict XVI")
   * acts for that state, whatever country the sentence names: the pope visiting Turkey is not
   * Turkish. The title may open the name or stand just before it.
   */
  private void titlesOfOneState(Work w) {
    for (Mention m : w.mentions) {
      Actor a = w.actors.get(m.actorKey());
      if (a.kind() != ActorKind.PERSON || a.code() != null || m.kind() != MentionKind.NAME) {
        continue;
      }
      Sentence s = w.text.sentences().get(m.sentence());
      String code = STATE_OF_TITLE.get(s.token(m.start()).word().toLowerCase(Locale.ROOT));
      if (code == null && m.start() > 0) {
        code = STATE_OF_TITLE.get(s.token(m.start() - 1).word().toLowerCase(Locale.ROOT));
      }
      if (code != null && gazetteer.country(code).isPresent()) {
        w.actors.put(a.key(), a.withAffiliation(code, "GOV"));
      }
    }
  }

  /** A person acting for a country or organisation takes its code and the title's sector. */
  private void applyRoleAffiliations(Work w, List<Role> roles) {
    titlesOfOneState(w);
    for (Role r : roles) {
      affiliate(w.actors, r);
    }
    for (Map.Entry<String, String> e : RoleFinder.nationalities(w.text, w.mentions, w.actors).entrySet()) {
      Actor holder = w.actors.get(e.getKey());
      w.actors.put(holder.key(), holder.withAffiliation(e.getValue(), null));
    }
    describedByCountry(w);
    intergovernmentalOfficials(w);
    describedAfterName(w);
    knownPeople(w);
    dictionary(w);
    titledPersons(w);
    countryOfTheirSentences(w);
  }

  /** The most words a descriptor between a country and a name may have ("Latvian ice hockey club"). */
  private static final int DESCRIPTOR_WORDS = 4;

  /**
   * A person or organisation still without a code whose name the text opens with a descriptor that
   * a country's demonym or name leads ("Zambian President Edgar Lungu", "Canadian academic William
   * Schabas", "former U.S. Marine John Harlow", "Latvian ice hockey club Dinamo Riga", "Egypt's
   * state-owned airline, EgyptAir"), or with a title of a named country ("the Prime Minister of Pakistan
   * Yousuf Raza Gilani"), acts for that country, whatever other countries the sentence names. Read
   * from the words, not the parse, as parses of such headlines often go wrong. A title in the
   * descriptor gives the sector.
   */
  private void describedByCountry(Work w) {
    for (Mention m : w.mentions) {
      Actor a = w.actors.get(m.actorKey());
      if (a.code() != null || m.kind() != MentionKind.NAME
          || a.kind() != ActorKind.PERSON && a.kind() != ActorKind.ORGANIZATION) {
        continue;
      }
      Sentence s = w.text.sentences().get(m.sentence());
      int k = m.start() - 1;
      // "Polish President, Andrzej Duda": a comma may part the descriptor from the name
      int end = k >= 0 && s.token(k).word().equals(",") ? k : m.start();
      int first = end;
      while (first > 0 && end - first < DESCRIPTOR_WORDS && descriptorWord(w, s, first - 1)) {
        first--;
      }
      Optional<String> code = Optional.empty();
      if (first < end) {
        int before = first - 1;
        if (before >= 0 && s.token(before).pos().equals("POS")) {
          before--;
        }
        code = countryEndingAt(w, s, before);
      } else if (end == m.start() && k >= 2 && s.token(k - 1).word().equalsIgnoreCase("of")
          && s.token(k - 2).ner().equals("TITLE")) {
        // "the Prime Minister of Pakistan Yousuf Raza Gilani": the country names the title's post
        code = countryEndingAt(w, s, k).filter(c -> w.mentions.stream().anyMatch(o -> o.sentence() == s.index()
            && o.end() == m.start() && w.actors.get(o.actorKey()).kind() == ActorKind.COUNTRY));
        first = k - 2;
        while (first > 0 && s.token(first - 1).ner().equals("TITLE")) {
          first--;
        }
        end = k - 1;
      }
      if (code.isPresent()) {
        String title = s.span(first, end).toLowerCase(Locale.ROOT).replace(".", "");
        String sector = a.kind() == ActorKind.PERSON ? gazetteer.titleSector(title).orElse(null) : null;
        w.actors.put(a.key(), a.withAffiliation(code.get(), sector));
      }
    }
  }

  /**
   * A person still without a code whose name the text follows with a title of a country, set off by a
   * comma ("Lan Lijun, China's Ambassador to Canada", "Wei Ming, the Chinese ambassador", "Ali Reza,
   * the foreign minister of Iran"), acts for that country, whatever other countries the sentence
   * names. Read from the words, as {@link #describedByCountry} reads the descriptor before a name.
   */
  private void describedAfterName(Work w) {
    for (Mention m : w.mentions) {
      Actor a = w.actors.get(m.actorKey());
      Sentence s = w.text.sentences().get(m.sentence());
      int k = m.end();
      if (a.code() != null || a.kind() != ActorKind.PERSON || m.kind() != MentionKind.NAME
          || k + 2 >= s.tokens().size() || !s.token(k).word().equals(",")) {
        continue;
      }
      k++;
      if (ARTICLES.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
        k++;
      }
      String code = null;
      int titleStart = k;
      Optional<Mention> country = startingAt(w, s, k);
      if (country.isPresent()) {
        // "China's Ambassador", "the Chinese ambassador"
        code = w.actors.get(country.get().actorKey()).code();
        titleStart = country.get().end();
        if (titleStart < s.tokens().size() && s.token(titleStart).pos().equals("POS")) {
          titleStart++;
        }
      }
      int titleEnd = titleStart;
      while (titleEnd < s.tokens().size() && titleEnd - titleStart < DESCRIPTOR_WORDS
          && (s.token(titleEnd).ner().equals("TITLE") || s.token(titleEnd).pos().startsWith("JJ"))) {
        titleEnd++;
      }
      boolean nextName = titleEnd < s.tokens().size() && s.token(titleEnd).ner().equals("PERSON");
      if (titleEnd == titleStart || nextName) {
        continue; // "NATO's Mark Rutte, U.S. President Donald Trump ...": the title is the next person's
      }
      if (code == null && titleEnd + 1 < s.tokens().size() && s.token(titleEnd).word().equals("of")) {
        // "the foreign minister of Iran"
        int from = s.token(titleEnd + 1).word().equalsIgnoreCase("the") ? titleEnd + 2 : titleEnd + 1;
        code = startingAt(w, s, from).map(o -> w.actors.get(o.actorKey()).code()).orElse(null);
      }
      Optional<String> sector = gazetteer.titleSector(s.span(titleStart, titleEnd).toLowerCase(Locale.ROOT));
      if (code != null && !code.equals("IGO") && sector.isPresent()) {
        w.actors.put(a.key(), a.withAffiliation(code, sector.get()));
      }
    }
  }

  /** The mention of a country (by name or adjective) that starts at token {@code i}. */
  private static Optional<Mention> startingAt(Work w, Sentence s, int i) {
    return w.mentions.stream().filter(o -> o.sentence() == s.index() && o.start() == i
        && (o.kind() == MentionKind.NAME || o.kind() == MentionKind.DEMONYM)
        && w.actors.get(o.actorKey()).kind() == ActorKind.COUNTRY).findFirst();
  }

  /** Prepositions that give the post of an intergovernmental official: "envoy to Syria", "envoy for Congo". */
  private static final Set<String> POST_CASES = Set.of("to", "for");

  /**
   * A person still without a code whose title before the name belongs to an intergovernmental body
   * acts for it (IGO), whatever country the title's post or the sentence names: "United Nations
   * Special Envoy to Syria Lakhdar Brahimi", "Secretary General of NATO Mark Rutte", "the head of the
   * Economic Community of West African States Kwame Mensah". The title gives the sector.
   */
  private void intergovernmentalOfficials(Work w) {
    for (Mention m : w.mentions) {
      Actor a = w.actors.get(m.actorKey());
      if (a.kind() != ActorKind.PERSON || a.code() != null || m.kind() != MentionKind.NAME || m.start() == 0) {
        continue;
      }
      Sentence s = w.text.sentences().get(m.sentence());
      int k = s.token(m.start() - 1).word().equals(",") ? m.start() - 2 : m.start() - 1;
      Optional<Mention> before = nonPersonEndingAt(w, s, k);
      String title = null;
      if (before.isPresent() && "IGO".equals(w.actors.get(before.get().actorKey()).code())) {
        // "Secretary General of NATO Mark Rutte": TITLE of [the] BODY NAME
        int of = before.get().start() - 1;
        of = of >= 0 && s.token(of).word().equalsIgnoreCase("the") ? of - 1 : of;
        if (of >= 1 && s.token(of).word().equals("of")) {
          title = titleEndingAt(s, of - 1);
        }
      } else {
        // "United Nations Special Envoy to Syria Lakhdar Brahimi": BODY TITLE [to|for POST] NAME
        int end = k + 1;
        if (before.isPresent() && before.get().start() >= 1
            && POST_CASES.contains(s.token(before.get().start() - 1).word().toLowerCase(Locale.ROOT))) {
          end = before.get().start() - 1;
        }
        int first = end;
        while (first > 0 && end - first < DESCRIPTOR_WORDS && descriptorWord(w, s, first - 1)) {
          first--;
        }
        Optional<Mention> body = nonPersonEndingAt(w, s, first - 1);
        if (first < end && body.isPresent() && "IGO".equals(w.actors.get(body.get().actorKey()).code())) {
          title = s.span(first, end);
        }
      }
      Optional<String> sector = title == null ? Optional.empty()
          : gazetteer.titleSector(title.toLowerCase(Locale.ROOT).replace(".", ""));
      if (sector.isPresent()) {
        w.actors.put(a.key(), a.withAffiliation("IGO", sector.get()));
      }
    }
  }

  /** The longest run of at most {@value #DESCRIPTOR_WORDS} words ending at {@code end} that is a title. */
  private String titleEndingAt(Sentence s, int end) {
    for (int first = Math.max(0, end - DESCRIPTOR_WORDS + 1); first <= end; first++) {
      String span = s.span(first, end + 1);
      if (gazetteer.titleSector(span.toLowerCase(Locale.ROOT).replace(".", "")).isPresent()) {
        return span;
      }
    }
    return null;
  }

  /** The mention of a non-person actor, other than a nominal, that ends at token {@code i}. */
  private static Optional<Mention> nonPersonEndingAt(Work w, Sentence s, int i) {
    return w.mentions.stream().filter(o -> o.sentence() == s.index() && o.end() == i + 1 && i >= 0
        && o.kind() != MentionKind.NOMINAL && w.actors.get(o.actorKey()).kind() != ActorKind.PERSON).findFirst();
  }

  /** A word of a descriptor: a title, or a common noun or adjective no actor's mention covers. */
  private static boolean descriptorWord(Work w, Sentence s, int i) {
    Token t = s.token(i);
    if (w.mentions.stream().anyMatch(o -> o.sentence() == s.index() && o.covers(i)
        && o.kind() != MentionKind.NOMINAL)) {
      return false;
    }
    if (t.ner().equals("TITLE")) {
      return true;
    }
    return t.ner().equals("O") && (t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().startsWith("JJ")
        || t.pos().equals("NNP") && !t.word().equals(t.word().toUpperCase(Locale.ROOT)));
  }

  /** The code of a coded country or other non-person actor whose mention ends at token {@code i}. */
  private static Optional<String> countryEndingAt(Work w, Sentence s, int i) {
    if (i < 0) {
      return Optional.empty();
    }
    for (Mention o : w.mentions) {
      Actor oa = w.actors.get(o.actorKey());
      if (o.sentence() == s.index() && o.end() == i + 1 && o.kind() != MentionKind.NOMINAL
          && oa.kind() != ActorKind.PERSON && oa.code() != null && !oa.code().equals("IGO")) {
        return Optional.of(oa.code());
      }
    }
    return Optional.empty();
  }

  /**
   * A person or organisation still without a code, named in sentences that name one country between
   * them, not as the other party ("Kenyan lawmakers cheered as Wanjiru Kamau opened the session"), acts
   * for that country. Sentences naming no country give the one country their places belong to
   * ("candidates Ted Hale and Jon Moss debated in Milwaukee, Wisconsin"); with no place either, the
   * one country the sentences before them name, as a brief often names it there (as for titled
   * people). Several countries, or none, leave it uncoded.
   */
  private void countryOfTheirSentences(Work w) {
    Map<String, Set<String>> codes = new HashMap<>();
    Map<String, Set<String>> places = new HashMap<>();
    Map<String, Set<String>> before = new HashMap<>();
    for (Mention m : w.mentions) {
      Actor a = w.actors.get(m.actorKey());
      if (a.kind() == ActorKind.COUNTRY || a.code() != null || "NGO".equals(a.sector())
          || m.kind() != MentionKind.NAME && m.kind() != MentionKind.PARTIAL_NAME) {
        continue; // the listed NGOs (Amnesty International) work everywhere and act for no country
      }
      codes.computeIfAbsent(a.key(), k -> new HashSet<>()).addAll(sentenceCountries(w, m.sentence()));
      places.computeIfAbsent(a.key(), k -> new HashSet<>()).addAll(placeCountries(w.text.sentences().get(m.sentence())));
      if (m.sentence() > 0) {
        before.computeIfAbsent(a.key(), k -> new HashSet<>()).addAll(sentenceCountries(w, m.sentence() - 1));
      }
    }
    codes.forEach((key, found) -> {
      Set<String> country = found.isEmpty() ? places.get(key) : found;
      if (country.isEmpty()) {
        country = before.getOrDefault(key, Set.of());
      }
      if (country.size() == 1) {
        w.actors.put(key, w.actors.get(key).withAffiliation(country.iterator().next(), null));
      }
    });
  }

  /**
   * People and organisations still without a code that the field's dictionaries list under the full
   * name the article gives: the code they held at the article's date.
   */
  private void dictionary(Work w) {
    if (dictionary == null) {
      return;
    }
    for (Actor a : List.copyOf(w.actors.values())) {
      if (a.code() == null && a.kind() != ActorKind.COUNTRY) {
        dictionary.lookup(a.name(), a.kind() == ActorKind.PERSON, w.text.documentDate())
            .ifPresent(d -> w.actors.put(a.key(), a.withAffiliation(d.code(), d.sector())));
      }
    }
  }

  /**
   * People the text gives no country of their own, known by full name to act for one ("Vladimir
   * Putin", "Kofi Annan"): what the text says comes first, the list only fills the gap.
   */
  private void knownPeople(Work w) {
    for (Actor a : List.copyOf(w.actors.values())) {
      if (a.kind() == ActorKind.PERSON && a.code() == null) {
        knownPeople.byName(a.name()).ifPresent(k -> w.actors.put(a.key(), a.withAffiliation(k.code(), k.sector())));
      }
    }
  }

  /**
   * A person named with a bare title ("President Kagame", "Lt. Gen. Prosper Avril") and no country
   * of their own holds the title for the country every listed person of that surname acts for
   * ({@link KnownPeople}), else in the one country the sentence names ("Rwandan rebels announced
   * that President Kagame ...", "... to allow Haiti's first elections"), not counting a country
   * named as the other party ("threatened action against Russia"); a sentence naming none gives the
   * country of its places ("Indiana Governor Mitch Daniels"), else the previous sentence's one country.
   * With several countries named there, or none, the person stays uncoded.
   */
  private void titledPersons(Work w) {
    for (Mention m : List.copyOf(w.mentions)) {
      Actor a = w.actors.get(m.actorKey());
      if (a.kind() != ActorKind.PERSON || a.code() != null || m.kind() != MentionKind.NAME) {
        continue;
      }
      Sentence s = w.text.sentences().get(m.sentence());
      Optional<String> sector = Optional.empty();
      for (int k = m.start() - 1; k >= Math.max(0, m.start() - 3) && sector.isEmpty(); k--) {
        if (!s.token(k).isNoun()) {
          break;
        }
        sector = gazetteer.titleSector(s.span(k, m.start()).toLowerCase(Locale.ROOT).replace(".", ""));
      }
      if (sector.isEmpty()) {
        continue;
      }
      // "President Bush": a titled surname that every listed person of that name shares a country with.
      Optional<KnownPeople.Affiliation> known =
          a.name().contains(" ") ? Optional.empty() : knownPeople.bySurname(a.name());
      if (known.isPresent()) {
        w.actors.put(a.key(), a.withAffiliation(known.get().code(), sector.get()));
        continue;
      }
      // "Indiana Governor Mitch Daniels": else the country of the sentence's places; else the previous
      // sentence's one country, as a brief often names it there.
      Set<String> codes = sentenceCountries(w, m.sentence());
      if (codes.isEmpty()) {
        codes = placeCountries(w.text.sentences().get(m.sentence()));
      }
      if (codes.isEmpty() && m.sentence() > 0) {
        codes = sentenceCountries(w, m.sentence() - 1);
      }
      if (codes.size() == 1) {
        w.actors.put(a.key(), a.withAffiliation(codes.iterator().next(), sector.get()));
      }
    }
  }

  /**
   * The countries a sentence names other than as the other party of an action: the codes of its
   * countries and other non-person actors, intergovernmental ones aside ("Brazilian farmers cheered"
   * names Brazil; "threatened action against Russia" does not name Russia so). Companies and media
   * aside too: a platform or outlet's home country is not where the story is ("activist Tendai Moyo
   * sued Meta" does not make him American).
   */
  private static Set<String> sentenceCountries(Work w, int sentence) {
    Sentence s = w.text.sentences().get(sentence);
    Set<String> codes = new HashSet<>();
    for (Mention o : w.mentions) {
      Actor oa = w.actors.get(o.actorKey());
      if (o.sentence() == sentence && oa.kind() != ActorKind.PERSON && oa.code() != null
          && !oa.code().equals("IGO") && !counterpart(s, o.head()) && !"BUS".equals(oa.sector())
          && !"MED".equals(oa.sector())) {
        codes.add(oa.code());
      }
    }
    return codes;
  }

  /** Prepositions that name the other party of an action: "threatened action against Russia". */
  private static final Set<String> COUNTERPART_CASES =
      Set.of("against", "with", "to", "from", "on", "toward", "towards", "into", "at", "for", "over");

  /** Whether the token is the object of a preposition naming another party ("against Russia"). */
  private static boolean counterpart(Sentence s, int token) {
    return s.parents(token).stream().anyMatch(d -> (d.base().equals("obl") || d.base().equals("nmod"))
        && COUNTERPART_CASES.contains(d.subtype()));
  }

  private static Sentence s(Work w, Candidate c) {
    return w.text.sentences().get(c.sentence());
  }

  static boolean isConjunct(Dependency d) {
    return d.relation().startsWith("conj");
  }
}
