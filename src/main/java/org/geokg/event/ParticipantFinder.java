package org.geokg.event;

import static org.geokg.event.EventWords.CIRCUMSTANCE_PREPS;
import static org.geokg.event.Syntax.CLAUSAL;
import static org.geokg.event.Syntax.argumentOfVerb;
import static org.geokg.event.Syntax.clause;
import static org.geokg.event.Syntax.isInfinitive;
import static org.geokg.event.Syntax.subjectsOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.actor.MentionKind;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Who takes part in an event. The actors a token of the parse stands for (its mentions, a person
 * in apposition, a role still looking for its holder, the country or organisation owning a thing),
 * and where to look when a trigger's own slots hold none: the subject of the clause that reports
 * or controls it, the nearest actor in its predicate, the country an act took place in. Static
 * functions of a sentence and the article's actors; thread-safe.
 */
final class ParticipantFinder {

  private ParticipantFinder() {}

  /**
   * The actors a token stands for: a person named in apposition ("a top Iranian general, Qassim
   * Suleimani"), its mentions (several for "Hungarian and Romanian officials"), a role still looking
   * for its holder, or (for a non-actor noun) the country or organisation modifying it.
   */
  static List<Participant> participants(Sentence s, int token, ArticleActors actors, boolean target) {
    if (premodifierOfCoordinatedTitle(s, token, actors)) {
      return List.of();
    }
    boolean title = s.token(token).ner().equals("TITLE");
    for (Dependency d : s.children(token)) {
      // "X, the minister"; and a title the parser split from its holder: "President of Venezuela
      // Hugo Chavez" (nmod:of), "the Chinese President Hu Jintao" (dep)
      // "his Russian counterpart Sergey Lavrov" (dep): a name right after any noun names its holder
      if (d.relation().equals("appos") || d.relation().equals("dep")
          || title && d.relation().equals("nmod:of")) {
        Optional<Mention> named = actors.mentionAt(s.index(), d.dependent());
        if (named.isPresent() && actors.actor(named.get().actorKey()).kind() == ActorKind.PERSON
            && !named.get().covers(token)
            && (!d.relation().equals("dep") || title || named.get().start() == token + 1)) {
          return List.of(new Participant.Known(named.get().actorKey(), named.get().kind()));
        }
      }
    }
    List<Mention> ms = actors.mentionsAt(s.index(), token);
    if (!ms.isEmpty()) {
      List<Participant> out = new ArrayList<>();
      for (Mention m : ms) {
        out.add(new Participant.Known(m.actorKey(), m.kind()));
      }
      return out;
    }
    Optional<Participant> role = actors.roleReferenceAt(s.index(), token).map(Participant.Unbound::new);
    if (role.isPresent()) {
      return List.of(role.get());
    }
    Optional<Participant> introduced = namedNext(s, token, actors);
    if (introduced.isPresent()) {
      return List.of(introduced.get());
    }
    if (!s.token(token).isNoun()) {
      return List.of();
    }
    if (COLLECTIVES.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
      for (int of : s.children(token, "nmod:of")) { // "a group of Moroccan diplomats"
        List<Participant> members = participants(s, of, actors, target);
        if (!members.isEmpty()) {
          return members;
        }
      }
    }
    Optional<Participant> owner = ownerOf(s, token, actors);
    if (owner.isPresent() || !target) {
      return owner.map(List::of).orElse(List.of());
    }
    for (int made : s.children(token, "acl")) { // "the bill proposed by the city's government": its author
      for (Dependency d : s.children(made)) {
        if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
          List<Participant> authors = participants(s, d.dependent(), actors, false);
          if (!authors.isEmpty()) {
            return authors; // the first by-phrase naming an actor
          }
        }
      }
    }
    for (Dependency d : s.children(token)) {
      // "a camp for Congolese refugees", "the homes of Palestinians": whom the thing belongs to
      if (d.relation().equals("nmod:between") || d.relation().equals("nmod:with")
          || d.relation().equals("nmod:for") || d.relation().equals("nmod:of")) {
        Optional<Mention> inner = actors.mentionAt(s.index(), d.dependent());
        if (inner.isPresent()) {
          return List.of(new Participant.Known(inner.get().actorKey(), inner.get().kind()));
        }
      }
    }
    return List.of();
  }

  /** The actors a verb's by-phrase names as its doers: "backed by Rwanda", "held by the Palestinian Authority". */
  static List<Participant> doersOf(Sentence s, int verb, ArticleActors actors) {
    List<Participant> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
        out.addAll(participants(s, d.dependent(), actors, false));
      }
    }
    return out;
  }

  /**
   * A name coordinated with a bare singular noun is a premodifier of that noun, whatever the parse
   * says: in "The Tesla and SpaceX boss spoke", "boss" cannot stand alone (a singular count noun
   * needs a determiner), so the phrase is one person, the boss of both, and "Tesla" is no
   * participant of its own.
   */
  private static boolean premodifierOfCoordinatedTitle(Sentence s, int token, ArticleActors actors) {
    Token t = s.token(token);
    Optional<Mention> m = actors.mentionAt(s.index(), token);
    if (!t.isProperNoun() || m.isEmpty() || actors.actor(m.get().actorKey()).kind() == ActorKind.PERSON) {
      return false;
    }
    for (Dependency d : s.children(token)) {
      int c = d.dependent();
      if (d.base().equals("conj") && c > token && s.token(c).pos().equals("NN")
          && s.children(c).stream().noneMatch(x -> x.base().equals("det") || x.relation().equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that stand for the members they are "of": "a group of diplomats", "thousands of Kurds". */
  private static final Set<String> COLLECTIVES = Set.of("group", "delegation", "team", "band", "number", "crowd",
      "member", "hundred", "thousand", "dozen", "score", "million", "unit", "contingent", "party", "some", "many",
      "most", "all", "one", "majority");

  private static final Set<String> INDEFINITE_PERSONS = Set.of("man", "woman", "person", "suspect", "individual");

  /**
   * An indefinite person introduced by description and named in the next sentence ("charging a man
   * who said ... . Investigators were told of the plan by Farhad Shakeri"): the first person whose
   * name first appears in the article in that sentence. A heuristic, weighted as a nominal.
   */
  private static Optional<Participant> namedNext(Sentence s, int token, ArticleActors actors) {
    Token t = s.token(token);
    boolean indefinite = s.children(token, "det").stream()
        .anyMatch(d -> s.token(d).word().equalsIgnoreCase("a") || s.token(d).word().equalsIgnoreCase("an"));
    if (!indefinite || !INDEFINITE_PERSONS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Set<String> seenBefore = new HashSet<>();
    for (Mention m : actors.mentions()) {
      if (m.sentence() <= s.index()) {
        seenBefore.add(m.actorKey());
      }
    }
    for (Mention m : actors.mentionsIn(s.index() + 1)) {
      if (m.kind() == MentionKind.NAME && actors.actor(m.actorKey()).kind() == ActorKind.PERSON
          && !seenBefore.contains(m.actorKey())) {
        return Optional.of(new Participant.Known(m.actorKey(), MentionKind.NOMINAL));
      }
    }
    return Optional.empty();
  }

  /** The actors every subject of verb {@code verb} stands for, as sources or ({@code target}) targets. */
  static List<Participant> subjectParticipants(Sentence s, int verb, ArticleActors actors, boolean target) {
    List<Participant> out = new ArrayList<>();
    for (int subj : subjectsOf(s, verb)) {
      out.addAll(participants(s, subj, actors, target));
    }
    return out;
  }

  /** The country or organisation that modifies a noun: "Iranian oil revenues", "Iran's plot". */
  static Optional<Participant> ownerOf(Sentence s, int token, ArticleActors actors) {
    for (Dependency d : s.children(token)) {
      String rel = d.relation();
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
        Optional<Mention> m = actors.mentionAt(s.index(), d.dependent());
        if (m.isPresent() && actors.actor(m.get().actorKey()).kind() != ActorKind.PERSON) {
          return Optional.of(new Participant.Known(m.get().actorKey(), m.get().kind()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reported speech with a pronoun subject: in "Iraq said it would allow inspectors", "it" is
   * Iraq. The subject of the verb whose complement the trigger is (up to two levels up).
   */
  static List<Participant> reportingSubject(Sentence s, int i, ArticleActors actors) {
    List<Integer> subjects = subjectsOf(s, i);
    boolean pronounOrNone = subjects.stream().allMatch(t -> s.token(t).pos().startsWith("PRP"));
    if (!pronounOrNone || !s.children(i, "nsubj:pass").isEmpty()) {
      // "The agency reports that two soldiers were killed": who reports a passive is not its doer
      return List.of();
    }
    int cur = i;
    for (int level = 0; level < 2; level++) {
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("ccomp") || d.base().equals("xcomp"))) {
          up = d.governor();
        }
      }
      if (up == null) {
        return List.of();
      }
      for (int subj : subjectsOf(s, up)) {
        List<Participant> p = participants(s, subj, actors, false);
        if (!p.isEmpty()) {
          return p;
        }
      }
      cur = up;
    }
    return List.of();
  }

  /**
   * The understood subject of a non-finite verb without one: "The Justice Department disclosed a
   * plot, charging a man", "Musk has played a key role in providing capability to Ukraine". The
   * subject of the nearest clause up the adverbial, adnominal or complement chain that has one; also
   * for a purpose infinitive ("dispatched inspectors to monitor the plant").
   */
  static List<Participant> controller(Sentence s, int i, ArticleActors actors) {
    String pos = s.token(i).pos();
    boolean purpose = isInfinitive(s, i) && s.parents(i).stream().anyMatch(d -> d.base().equals("advcl"));
    if (!pos.equals("VBG") && !purpose) { // other infinitives have their own control (nsubj:xsubj)
      return List.of();
    }
    int cur = i;
    for (int level = 0; level < 5; level++) {
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        String b = d.base();
        // "dep": a participial clause after a comma ("disclosed a plot to kill X, charging a man");
        // "amod": a gerund read as an adjective ("a role in providing communications capability")
        if (d.governor() >= 0 && (b.equals("advcl") || b.equals("acl") || b.equals("xcomp")
            || b.equals("obl") || b.equals("nmod") || b.equals("obj") || b.equals("dep")
            || b.equals("amod") && cur == i && argumentOfVerb(s, d.governor()))) {
          up = d.governor();
          break;
        }
      }
      if (up == null) {
        return List.of();
      }
      if (isInfinitive(s, up)) {
        cur = up; // an infinitive's own (controlled) subject is not the adjunct's: "a plot to kill"
        continue;
      }
      if (s.token(up).isVerb() || !s.children(up, "cop").isEmpty()) {
        for (int subj : subjectsOf(s, up)) {
          List<Participant> p = participants(s, subj, actors, false);
          if (!p.isEmpty()) {
            return p;
          }
        }
        if (!subjectsOf(s, up).isEmpty()) {
          return List.of();
        }
      }
      cur = up;
    }
    return List.of();
  }

  /**
   * An unresolved pronoun object of an adjunct stands for the object of the verb it qualifies:
   * "expelled two Indian diplomats, accusing them of spying".
   */
  static List<Participant> antecedentObject(Sentence s, int i, ArticleActors actors) {
    boolean pronounObject = s.children(i, "obj").stream()
        .anyMatch(o -> s.token(o).pos().equals("PRP") && actors.mentionAt(s.index(), o).isEmpty());
    if (!pronounObject) {
      return List.of();
    }
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && s.token(d.governor()).isVerb()
          && (d.base().equals("advcl") || d.base().equals("dep") || d.base().equals("conj"))) {
        for (int o : s.children(d.governor(), "obj")) {
          List<Participant> p = participants(s, o, actors, true);
          if (!p.isEmpty()) {
            return p;
          }
        }
      }
    }
    return List.of();
  }

  private static final Set<String> NOT_PREDICATE = Set.of(
      "nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "obl:agent", "punct", "parataxis", "acl:relcl",
      "obl:according_to", "cc", "mark", "aux", "cop", "advmod", "obl:tmod", "nmod:tmod", "conj:and", "conj:or");

  /**
   * The actors nearest to a trigger in its predicate (breadth-first over objects, obliques and
   * complements, never into subjects, relative clauses or reported-speech frames), other than
   * {@code exclude}: the target of a trigger whose own slots hold no actor. Unless the act is hostile,
   * a capital in an "in"/"at" phrase is where it was done, not a party to it ("resumed talks in
   * Oslo"); for a meeting, not a visit, a country there is no party either.
   */
  static List<Participant> nearestInPredicate(Sentence s, int root, ArticleActors actors, Set<Participant> exclude,
      RelationType type) {
    boolean skipVenues = !EventWords.HOSTILE.contains(type.plover());
    // a meeting held in a country meets no one there ("Ecowas met in Nigeria"); a visit is to it
    boolean meeting = type.plover() == PloverType.CONSULT && type != RelationType.VISITED;
    Set<Integer> seen = new HashSet<>();
    seen.add(root);
    List<Integer> level = List.of(root);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      List<Participant> found = new ArrayList<>();
      for (int t : level) {
        for (Dependency d : s.children(t)) {
          if (NOT_PREDICATE.contains(d.relation()) || d.relation().startsWith("nsubj")
              || d.base().equals("obl") && CIRCUMSTANCE_PREPS.contains(d.subtype()) // "after pressure from X"
              || depth == 0 && d.relation().equals("nmod:poss") || !seen.add(d.dependent())) {
            continue;
          }
          if (meeting && topic(s, t, d)) {
            continue; // "met to discuss Afghanistan", "talks on Iran's programme": what, not with whom
          }
          next.add(d.dependent());
          if (skipVenues && placeOnly(s, d, actors, meeting)) {
            continue; // "resumed talks in Oslo" is no party; "shelled targets in Kyiv" targets Ukraine
          }
          for (Participant p : participants(s, d.dependent(), actors, true)) {
            if (!exclude.contains(p) && !found.contains(p)) {
              found.add(p);
            }
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      level = next;
    }
    return List.of();
  }

  /** Verbs whose object is what is talked over, not a party: "discuss Afghanistan". */
  private static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate", "review", "consider", "address",
      "examine", "study");
  private static final Set<String> TOPIC_CASES = Set.of("about", "on", "over", "regarding", "concerning");

  private static boolean topic(Sentence s, int governor, Dependency d) {
    return d.relation().equals("obj") && TOPIC_VERBS.contains(s.token(governor).lemma().toLowerCase(Locale.ROOT))
        || (d.base().equals("obl") || d.base().equals("nmod")) && TOPIC_CASES.contains(d.subtype());
  }

  private static boolean placeOnly(Sentence s, Dependency d, ArticleActors actors, boolean anyPlace) {
    String sub = d.subtype();
    if (!(sub.equals("in") || sub.equals("at"))) {
      return false;
    }
    Optional<Mention> m = actors.mentionAt(s.index(), d.dependent());
    return m.isPresent() && (m.get().kind() == MentionKind.METONYM
        || anyPlace && actors.actor(m.get().actorKey()).kind() == ActorKind.COUNTRY);
  }

  /** Whether an actor acts for no country: an intergovernmental body, or an actor without a code. */
  static boolean stateless(Participant p, ArticleActors actors) {
    if (!(p instanceof Participant.Known k)) {
      return false;
    }
    String code = actors.actor(k.actorKey()).code();
    return code == null || code.equals("IGO");
  }

  /** Perpetrators described but not identified: "gunmen", "a suicide bomber", "a roadside bombing". */
  private static final Set<String> ANONYMOUS_ATTACKERS = Set.of("gunman", "gunmen", "bomber", "attacker",
      "assailant", "militant", "insurgent", "terrorist", "kidnapper", "sniper", "rebel", "guerrilla", "guerilla",
      "fighter", "extremist", "jihadist", "raider", "bomb", "explosion", "blast", "bombing", "attack", "ambush",
      "rocket", "missile", "mortar", "shell", "grenade", "mine", "landmine", "device", "drone", "airstrike");

  /** Whether token {@code t} is such a perpetrator, with no actor behind it. */
  static boolean anonymousAttacker(Sentence s, int t, ArticleActors actors) {
    return s.token(t).isNoun() && ANONYMOUS_ATTACKERS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))
        && participants(s, t, actors, false).isEmpty();
  }

  private static final Set<String> LOCATING_PREPS = Set.of("in", "at", "near", "outside", "inside", "across",
      "throughout");

  /**
   * The country where an act took place ("in northern Nigeria", "in Russia's Krasnodar region",
   * "in Baghdad"): an unidentified perpetrator acts from there, as event coders code local violence
   * by unknown attackers (a domestic event of that country).
   */
  static Optional<Participant> locationCountry(Sentence s, int root, ArticleActors actors) {
    for (int t : clause(s, root, 4)) {
      for (Dependency d : s.children(t)) {
        if (!LOCATING_PREPS.contains(d.subtype()) || CLAUSAL.contains(d.relation())) {
          continue;
        }
        for (int u : clause(s, d.dependent(), 2)) {
          Optional<Mention> m = actors.mentionAt(s.index(), u);
          if (m.isPresent() && actors.actor(m.get().actorKey()).kind() == ActorKind.COUNTRY) {
            return Optional.of(new Participant.Known(m.get().actorKey(), MentionKind.NOMINAL));
          }
        }
      }
    }
    return Optional.empty();
  }
}
