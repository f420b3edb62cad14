package org.geokg.event;

import static org.geokg.event.EventSetting.attribution;
import static org.geokg.event.EventSetting.date;
import static org.geokg.event.EventSetting.place;
import static org.geokg.event.EventWords.CHARACTERISING_VERBS;
import static org.geokg.event.EventWords.CLAIMING_VERBS;
import static org.geokg.event.EventWords.CONDEMNING;
import static org.geokg.event.EventWords.OBLIGING_AUX;
import static org.geokg.event.EventWords.OBLIGING_VERBS;
import static org.geokg.event.EventWords.EASING_VERBS;
import static org.geokg.event.EventWords.FRAME_NOUNS;
import static org.geokg.event.EventWords.HOSTILE;
import static org.geokg.event.EventWords.NEGATABLE_COOPERATION;
import static org.geokg.event.EventWords.PLOT_NOUNS;
import static org.geokg.event.EventWords.REDUCING_VERBS;
import static org.geokg.event.EventWords.RELATIONS;
import static org.geokg.event.EventWords.VIOLENT;
import static org.geokg.event.EventWords.WRONGS;
import static org.geokg.event.ParticipantFinder.anonymousAttacker;
import static org.geokg.event.ParticipantFinder.antecedentObject;
import static org.geokg.event.ParticipantFinder.controller;
import static org.geokg.event.ParticipantFinder.doersOf;
import static org.geokg.event.ParticipantFinder.locationCountry;
import static org.geokg.event.ParticipantFinder.nearestInPredicate;
import static org.geokg.event.ParticipantFinder.ownerOf;
import static org.geokg.event.ParticipantFinder.participants;
import static org.geokg.event.ParticipantFinder.reportingSubject;
import static org.geokg.event.ParticipantFinder.stateless;
import static org.geokg.event.ParticipantFinder.subjectParticipants;
import static org.geokg.event.Recoding.recode;
import static org.geokg.event.Syntax.clauseGovernor;
import static org.geokg.event.Syntax.clauseHead;
import static org.geokg.event.Syntax.future;
import static org.geokg.event.Syntax.governingVerb;
import static org.geokg.event.Syntax.hasModal;
import static org.geokg.event.Syntax.isInfinitive;
import static org.geokg.event.Syntax.isObjectOf;
import static org.geokg.event.Syntax.negated;
import static org.geokg.event.Syntax.nounOfInfinitive;
import static org.geokg.event.Syntax.nounGovernor;
import static org.geokg.event.Syntax.subjectsOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.actor.ActorKey;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.MentionKind;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.ParseSelector;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * The event stage: reads relations between actors off the dependency parse, lets the event classifier
 * ({@link PairDecider}, {@link PairModel}) decide every pair of actors of a sentence with the rules'
 * findings among its evidence, then merges the mentions of one article ({@link EventMerger}). A story
 * whose lead holds a discard phrase of the field's list ({@link Discards}: sport, entertainment)
 * yields none.
 *
 * <ul>
 *   <li>Verbs: source from the subject (or the by-agent of a passive), target from the slots the
 *       lexicon names ("met with X", "sanctioned X") or the passive subject.
 *   <li>Nouns: "a meeting between X and Y", "talks with X", "Iranian plot"; a noun without its own
 *       source takes the subject of the verb governing it ("X imposed sanctions on Y", "X ordered the
 *       assassination of Y").
 *   <li>A target that is not an actor stands for the actor modifying it: "sanctions on Iranian oil
 *       revenues" target Iran; "pulled out of the accord between Iran and ..." target Iran.
 *   <li>Negation ("did not meet", "denied meeting") marks the event negated; a violent act that is
 *       only planned or ordered to be attempted ("a plot to kill X") is {@code PLOTTED_AGAINST};
 *       "threatened to sanction" is {@code THREATENED}; modals and plans lower the confidence.
 *   <li>Date: the nearest date expression in the trigger's clause; weekday names resolve to the
 *       latest such day on or before the publication date (news reports the past), or the next one
 *       for future tense. Place: a city, region or country in an "in"/"at" phrase of the clause.
 * </ul>
 *
 * <p>Stateless after construction: thread-safe.
 */
public final class EventExtractor {

  private static final Set<String> NEGATING_GOVERNORS = Set.of("deny", "refuse", "fail", "decline");
  private static final Set<String> THREAT_GOVERNORS = Set.of("threaten", "warn", "vow", "swear", "threat");
  private static final Set<String> SAY_VERBS = Set.of(
      "say", "announce", "declare", "state", "insist", "tell", "warn", "add", "stress", "argue");
  private static final Set<String> INTENT_GOVERNORS = Set.of(
      "plan", "intend", "want", "seek", "consider", "propose", "aim", "hope", "expect", "try",
      "attempt", "plot", "prepare", "instruct", "order", "urge", "ask", "task", "ready", "willing", "prepared",
      "eager", "call", "press", "encourage", "appeal", "tell", "invite", "pressure", "push", "bid", "effort",
      "proposal", "intention", "readiness", "willingness");

  private final TriggerLexicon lexicon;
  private final EventCandidates candidates;
  private final TriggerFilter filter;
  private final Recoding recoding;
  private final PairDecider pairs;
  private final PairModel model;
  private final Discards discards;
  private final Valence valence;
  private final CameoVerbs cameo;

  /**
   * The rules over the classpath's lists (shared by every extractor of the process, {@link
   * EventLexicons#fromClasspath}) and the shipped event classifier, when the build ships one: for
   * tests and tools; the server passes its own.
   */
  public EventExtractor() {
    this(PairModel.fromClasspath().orElse(null));
  }

  /** The same, with {@code model} deciding the candidate pairs; null: the rules alone. */
  public EventExtractor(PairModel model) {
    this(EventLexicons.fromClasspath(), model);
  }

  /** The rules over {@code lexicons}, and {@code model} deciding the candidate pairs; null: the rules alone. */
  public EventExtractor(EventLexicons lexicons, PairModel model) {
    this.lexicon = lexicons.triggers();
    this.candidates = new EventCandidates(lexicon, lexicons.valence());
    this.filter = new TriggerFilter(lexicon);
    this.recoding = new Recoding(lexicon);
    this.pairs = new PairDecider(new PairFeatures(lexicons.cameo(), lexicon));
    this.model = model;
    this.discards = lexicons.discards();
    this.valence = lexicons.valence();
    this.cameo = lexicons.cameo();
  }

  /**
   * The sentences this extractor can find something in, by its own trigger lexicon (see {@link
   * EventCandidates}): the NLP stage parses only those.
   */
  public ParseSelector parseSelector() {
    return candidates;
  }

  /** Extracts and merges the relations of one article. */
  public ArticleEvents extract(AnnotatedText text, ArticleActors actors) {
    if (discards.discardsStory(lead(text))) {
      return new ArticleEvents(List.of(), List.of(), List.of()); // sport, entertainment: no political events
    }
    List<EventMention> mentions = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        mentions.addAll(atToken(text, s, t.index(), actors));
      }
    }
    List<PairCandidate> pairCandidates = pairs.candidates(text, actors, mentions);
    if (model != null) {
      mentions = pairs.decide(text, actors, mentions, pairCandidates, model, lexicon);
    }
    return new EventMerger(text, actors).merge(mentions).withCandidates(pairCandidates);
  }

  /** Sentences that say what a story is about: a phrase of a sport or show there makes it one. */
  private static final int LEAD_SENTENCES = 3;

  private static String lead(AnnotatedText text) {
    return String.join(" ", text.sentences().stream().limit(LEAD_SENTENCES).map(Sentence::text).toList());
  }

  /** The event mentions whose trigger is token {@code i} (several for coordinated actors). */
  List<EventMention> atToken(AnnotatedText text, Sentence s, int i, ArticleActors actors) {
    LocalDate docDate = text.documentDate();
    Token tok = s.token(i);
    List<EventMention> obligation = reportedObligation(s, i, docDate, actors);
    if (!obligation.isEmpty()) {
      return obligation;
    }
    List<EventMention> accusation = reportedWrong(s, i, docDate, actors);
    if (!accusation.isEmpty()) {
      return accusation;
    }
    List<EventMention> judgement = characterisation(text, s, i, actors);
    if (!judgement.isEmpty()) {
      return judgement;
    }
    List<EventMention> presence = internationalPresence(s, i, docDate, actors);
    if (!presence.isEmpty()) {
      return presence;
    }
    List<EventMention> backing = hyphenatedBacking(s, i, actors);
    if (!backing.isEmpty()) {
      return backing;
    }
    List<EventMention> exchange = exchangedActs(s, i, docDate, actors);
    if (!exchange.isEmpty()) {
      return exchange;
    }
    Optional<TriggerLexicon.Trigger> found = lexicon.at(s, i);
    if (found.isEmpty()) {
      return List.of();
    }
    TriggerLexicon.Trigger tr = found.get();
    int head = tr.verb() ? i : frameHead(s, i);
    Integer governor = governingVerb(s, head);
    if (filter.rejects(s, i, tr, governor)) {
      return List.of();
    }
    Frame ev = new Frame(recoding.refine(s, i, tr), head);
    if (tr.verb()) {
      verbArguments(s, i, tr, governor, actors, ev);
      if (ev.doneToNoActor) {
        return List.of();
      }
    } else {
      nounArguments(s, i, tr, governor, actors, ev);
    }
    if (ev.sources.isEmpty() && tr.verb() && HOSTILE.contains(ev.type.plover())) {
      for (int subj : subjectsOf(s, i)) { // "The strikes killed 20 people": whoever struck
        if (TakenUpActs.takesUpAnAct(s, subj, actors)) {
          ev.sources.addAll(takenUpDoers(text, s, i, actors, ev.targets));
        }
      }
    }
    if (ev.targets.isEmpty() && ev.between.isEmpty() && tr.verb() && REACTIONS.contains(ev.type.plover())) {
      for (int acted : actedOn(s, i)) { // "condemned the decision": of whoever made it just before
        if (TakenUpActs.takesUpAnAct(s, acted, actors)) {
          ev.targets.addAll(takenUpDoers(text, s, i, actors, ev.sources));
        }
      }
    }
    askedOfHolder(s, i, tr, actors, ev);
    otherTargets(s, i, tr, governor, actors, ev);
    lostRequest(s, tr, governor, ev);
    // a clause describing a participant reports no news, unless it is an attack or arrest on what it
    // describes, or names who did it ("M23, which is backed by Rwanda")
    if (TriggerFilter.inBackgroundClause(s, i) && (ev.targetsGuessed
        || !DESCRIBED_ACTS.contains(ev.type.plover()) && !TriggerFilter.namesItsDoer(s, i))) {
      return List.of();
    }
    byWhomEntered(tr, actors, ev);
    frame(s, i, tr, governor, ev);
    Facts f = new Facts(s, i, date(s, i, governor, docDate, tok), place(s, i, governor, actors),
        Math.min(1, ev.confidence), ev.negated, ev.modality, attribution(s, i, actors));
    List<EventMention> events = mentions(tr, ev, f);
    List<EventMention> alleged = allegation(s, tr.verb() ? Integer.valueOf(i) : governor, ev, docDate, actors);
    if (alleged.isEmpty()) {
      return events;
    }
    List<EventMention> both = new ArrayList<>(events);
    both.addAll(alleged);
    return both;
  }

  /** Whether two known actors act for the same country. */
  private static boolean sameCountry(Participant a, Participant b, ArticleActors actors) {
    if (!(a instanceof Participant.Known ka) || !(b instanceof Participant.Known kb)) {
      return false;
    }
    String code = actors.actor(ka.actorKey()).code();
    return code != null && code.equals(actors.actor(kb.actorKey()).code());
  }

  /** Verbs that put forward what their complement says as a charge: "Russia claims Ukraine struck". */
  private static final Set<String> ALLEGING_VERBS = Set.of("claim", "allege");

  /**
   * A hostile act someone claims or alleges another did (in the clause {@code clause}, the trigger or
   * the verb a noun trigger is the object of) is also their accusation (CAMEO 112): in
   * "Russia claims that the Ukrainian Air Force struck Belgorod" Russia accuses the Ukrainian Air
   * Force, besides the strike itself. A plain "said" reports; a claim charges. Not of anyone of the
   * speaker's own country: an army claiming a battle, a monitor at home reporting one, accuse no one.
   */
  private List<EventMention> allegation(Sentence s, Integer clause, Frame ev, LocalDate docDate,
      ArticleActors actors) {
    if (clause == null || !HOSTILE.contains(ev.type.plover()) || ev.negated || !s.token(clause).isVerb()) {
      return List.of();
    }
    Integer speech = reportingVerb(s, clause, ALLEGING_VERBS);
    if (speech == null || negated(s, speech, null)) {
      return List.of();
    }
    List<Participant> speakers = subjectParticipants(s, speech, actors, false);
    Facts f = new Facts(s, speech, date(s, speech, null, docDate, s.token(speech)), place(s, speech, null, actors),
        0.6, false, Modality.ASSERTED, attribution(s, speech, actors));
    List<EventMention> out = emitAll(RelationType.ACCUSED, speakers, ev.sources, f);
    out.removeIf(m -> sameCountry(m.source(), m.target(), actors));
    return out;
  }

  /** Reactions to someone's act, which are aimed at its doer: condemning, welcoming, rejecting it. */
  private static final Set<PloverType> REACTIONS = Set.of(PloverType.ACCUSE, PloverType.SUPPORT,
      PloverType.REJECT, PloverType.PROTEST);

  /**
   * Whether verb {@code v} only speaks of an act or reacts to one it takes up ("welcomed the
   * move"), so that its subject did not do it.
   */
  private boolean onlyReacts(Sentence s, int v, ArticleActors actors) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    return SAY_VERBS.contains(lemma) || CLAIMING_VERBS.contains(lemma)
        || lexicon.at(s, v).filter(t -> REACTIONS.contains(t.type().plover())).isPresent()
            && actedOn(s, v).stream().anyMatch(o -> TakenUpActs.takesUpAnAct(s, o, actors));
  }

  /**
   * Who did the act a noun near trigger {@code i} takes up ({@link TakenUpActs}), other than the
   * {@code others} on the event's other side and the states they act for.
   */
  private List<Participant> takenUpDoers(AnnotatedText text, Sentence s, int i, ArticleActors actors,
      Set<Participant> others) {
    return TakenUpActs.doers(text, actors, s.index(), i, (x, v) -> onlyReacts(x, v, actors)).stream()
        .filter(p -> !others.contains(p) && !ownState(p, others, actors))
        .toList();
  }

  /**
   * Whether {@code p} is the country one of {@code sources} acts for: when Beijing opposes a bill,
   * the bill is not China's act.
   */
  private static boolean ownState(Participant p, Collection<Participant> sources, ArticleActors actors) {
    return p instanceof Participant.Known k && actors.actor(k.actorKey()).kind() == ActorKind.COUNTRY
        && sources.stream().anyMatch(src -> sameCountry(p, src, actors));
  }

  /** What verb {@code i} is done to: its object, or its subject when passive ("the move was welcomed"). */
  private static List<Integer> actedOn(Sentence s, int i) {
    List<Integer> out = new ArrayList<>(s.children(i, "obj"));
    out.addAll(s.children(i, "nsubj:pass"));
    return out;
  }

  /**
   * Acts a clause describing a participant still reports, as annotators code them: "Malala Yousafzai,
   * shot by the Taliban in 2012, ...", "the CIA agents who kidnapped Abu Omar", "a congressman
   * kidnapped by the FARC". Other acts there describe rather than report ("Macedonia, which is
   * preparing an offensive"; "the measures, criticised by X, ..."): on news-train, letting every act of
   * such a clause through gained 11 right edges for 17 wrong; attacks and arrests with the target in
   * their own slots gained 7 for 5.
   */
  private static final Set<PloverType> DESCRIBED_ACTS = Set.of(PloverType.ASSAULT, PloverType.COERCE);

  /** Verbs of harm whose subject is the victim of the attack that caused it ("killed in a raid"). */
  private static final Set<String> HARMS = Set.of("kill", "wound", "injure", "hurt", "maim", "die");

  /**
   * Who was harmed in the violence a noun names, when the noun is the circumstance of a verb of harm:
   * "two soldiers were killed in an ambush by the Taliban", "one Israeli is killed and four are
   * wounded in a Palestinian attack". The subject of that verb, or of a verb of harm coordinated
   * with it; none when the noun is the verb's object ("the attack killed ...": the object slots
   * are the trigger's own).
   */
  private static List<Participant> victims(Sentence s, int verb, ArticleActors actors) {
    if (!HARMS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    Set<Integer> verbs = new LinkedHashSet<>(List.of(verb));
    s.parents(verb).stream().filter(d -> d.base().equals("conj") && d.governor() >= 0).forEach(d -> verbs.add(d.governor()));
    s.children(verb).stream().filter(d -> d.base().equals("conj")).forEach(d -> verbs.add(d.dependent()));
    List<Participant> out = new ArrayList<>();
    for (int v : verbs) {
      if (!HARMS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("nsubj:pass") || d.relation().equals("nsubj")
            && (s.token(v).lemma().equalsIgnoreCase("die") || Syntax.headlinePassive(s, v))) {
          participants(s, d.dependent(), actors, true).stream().filter(p -> !out.contains(p)).forEach(out::add);
        }
      }
    }
    return out;
  }

  /**
   * A request lost ("Assange lost his appeal at the Supreme Court") was turned down: the one it was
   * made to rejected the one who made it (CAMEO 12), as a court dismissing an appeal does.
   */
  private static void lostRequest(Sentence s, TriggerLexicon.Trigger tr, Integer governor, Frame ev) {
    if (tr.verb() || tr.type().plover() != PloverType.REQUEST || governor == null
        || !s.token(governor).lemma().equalsIgnoreCase("lose") || ev.targets.isEmpty()) {
      return;
    }
    List<Participant> askers = List.copyOf(ev.sources);
    ev.sources.clear();
    ev.sources.addAll(ev.targets);
    ev.targets.clear();
    ev.targets.addAll(askers);
    ev.type = RelationType.REJECTED;
  }

  /** Forced entries whose kind depends on who enters: "raided", "stormed". */
  private static final Set<String> ENTRIES = Set.of("raid", "storm");

  /**
   * A forced entry is an assault when soldiers or fighters make it, but police raiding a home or an
   * office repress (CAMEO 17: COERCE), and a crowd storming a parliament protests (CAMEO 14), as
   * annotators code them.
   */
  private static void byWhomEntered(TriggerLexicon.Trigger tr, ArticleActors actors, Frame ev) {
    if (ev.type != RelationType.ATTACKED || !ENTRIES.contains(tr.lemma()) || ev.sources.isEmpty()) {
      return;
    }
    Set<String> sectors = new HashSet<>();
    for (Participant p : ev.sources) {
      sectors.add(p instanceof Participant.Known k ? String.valueOf(actors.actor(k.actorKey()).sector()) : "");
    }
    if (Set.of("POL", "JUD").containsAll(sectors)) {
      ev.type = RelationType.COERCED;
    } else if (sectors.equals(Set.of("CIV")) && tr.lemma().equals("storm")) {
      ev.type = RelationType.PROTESTED_AGAINST;
    }
  }

  /** One trigger's relation as the rules below build it up; local to one {@link #atToken} call. */
  private static final class Frame {
    RelationType type;
    final Set<Participant> sources = new LinkedHashSet<>();
    final Set<Participant> targets = new LinkedHashSet<>();
    final List<Participant> between = new ArrayList<>();
    double confidence;
    boolean located; // the source is the country where unidentified attackers struck
    boolean targetsGuessed; // the targets are the nearest actors in the predicate, no slot of the trigger's
    boolean doneToNoActor; // a participle describing a noun that is no actor
    boolean eachOther; // "accused each other": the subjects did it to one another
    boolean negated;
    Modality modality;

    /** The noun phrase the trigger heads, or the frame noun it names the kind of. */
    final int head;

    Frame(RelationType type, int head) {
      this.type = type;
      this.head = head;
    }
  }

  /**
   * The frame noun whose kind a noun trigger names ("a mediation effort between X and Y", "an aid
   * package for X"): the phrase's arguments attach to the frame, so they are the trigger's. Else
   * the trigger itself.
   */
  private static int frameHead(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.relation().equals("compound") && s.token(d.governor()).isNoun()
          && FRAME_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return d.governor();
      }
    }
    return i;
  }

  /** A verb trigger's source (subject, passive agent) and targets (its slots, the passive subject). */
  private static void verbArguments(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor,
      ArticleActors actors, Frame ev) {
    boolean headline = Syntax.headlinePassive(s, i);
    boolean passive = headline || !s.children(i, "nsubj:pass").isEmpty();
    Integer described = reducedPassiveHead(s, i);
    if (described != null) {
      passive = true; // "Malala Yousafzai, shot by the Taliban": the noun is what the act was done to
      List<Participant> doers = doersOf(s, i, actors);
      // the noun itself, not its doer read as the actor modifying it ("a militia backed by Iran")
      participants(s, described, actors, true).stream().filter(p -> !doers.contains(p)).forEach(ev.targets::add);
      for (Dependency up : s.parents(described)) {
        if (ev.targets.isEmpty() && up.governor() >= 0 && up.relation().equals("appos")) {
          ev.targets.addAll(participants(s, up.governor(), actors, true)); // "Hezbollah, a militia backed by Iran"
        }
      }
      ev.doneToNoActor = ev.targets.isEmpty(); // "arms backed by Iran": nothing to report, nothing to guess
    }
    ev.eachOther = s.children(i).stream().anyMatch(d -> reciprocalPronoun(s, d.dependent()));
    for (Dependency d : s.children(i)) {
      String rel = d.relation();
      if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && !headline) {
        if (VIOLENT.contains(ev.type) && PLOT_NOUNS.contains(s.token(d.dependent()).lemma())) {
          ev.type = RelationType.PLOTTED_AGAINST; // "a plot to kill X": the plot's owner plotted
          addAll(ev.sources, ownerOf(s, d.dependent(), actors));
        } else {
          ev.sources.addAll(participants(s, d.dependent(), actors, false));
        }
      } else if (rel.equals("obl:agent") || passive && rel.equals("obl:by")) {
        ev.sources.addAll(participants(s, d.dependent(), actors, false));
      } else if (passive && (rel.equals("nsubj:pass") || headline && rel.equals("nsubj"))) {
        ev.targets.addAll(participants(s, d.dependent(), actors, true));
      } else if (tr.targetSlots().contains(rel) && !rel.equals("between")) {
        ev.targets.addAll(participants(s, d.dependent(), actors, true));
      } else if (rel.equals("obl:between") || rel.equals("nmod:between")) {
        ev.between.addAll(participants(s, d.dependent(), actors, true));
      } else if (d.base().equals("ccomp") && tr.type().plover() == PloverType.REQUEST && tr.targetSlots().contains("obj")
          && s.children(i, "obj").isEmpty()) {
        for (int subj : s.children(d.dependent(), "nsubj")) { // "requested that Cuba recall its envoy": Cuba
          ev.targets.addAll(participants(s, subj, actors, true));
        }
      } else if (d.base().equals("advcl") && tr.lemma().endsWith(" " + Syntax.strandedParticle(s, d.dependent()))) {
        for (int subj : s.children(d.dependent(), "nsubj")) { // "calls on China to release X": China
          ev.targets.addAll(participants(s, subj, actors, true));
        }
      }
    }
    if (RECALLS.contains(tr.lemma())) {
      // "Greece recalled its ambassador to Austria": not the envoy but the country of the post
      List<Participant> posts = new ArrayList<>();
      for (Participant p : ev.targets) {
        if (p instanceof Participant.Unbound u && u.role().postKey() != null) {
          posts.add(new Participant.Known(u.role().postKey(), MentionKind.NOMINAL));
        }
      }
      List<Dependency> postPhrases = new ArrayList<>(s.children(i)); // "recalled ... to Israel", parsed either way
      s.children(i, "obj").forEach(envoy -> postPhrases.addAll(s.children(envoy)));
      for (Dependency d : postPhrases) {
        if (POST_PHRASES.contains(d.relation())) {
          posts.addAll(participants(s, d.dependent(), actors, true));
        }
      }
      ev.targets.clear();
      ev.targets.addAll(posts);
      if (posts.isEmpty()) {
        ev.targets.add(new Participant.Unspecified()); // the envoy named, the post not: no guessing
      }
      if (s.children(i, "obj").stream().noneMatch(o -> ENVOYS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)))) {
        ev.sources.clear(); // a product recall, "recalled that ...": no diplomatic act
      }
    }
    if (s.token(i).pos().equals("VBG")) {
      // "providing communications capability to Ukraine" read as an adjective on "capability":
      // the noun is the gerund's object, and its prepositional modifiers are the gerund's
      for (Dependency up : s.parents(i)) {
        if (up.relation().equals("amod") && up.governor() >= 0 && s.token(up.governor()).isNoun()) {
          for (Dependency d : s.children(up.governor())) {
            if (d.base().equals("nmod") && tr.targetSlots().contains("obl:" + d.subtype())) {
              ev.targets.addAll(participants(s, d.dependent(), actors, true));
            }
          }
        }
      }
    }
    if (ev.sources.isEmpty() && governor == null) {
      Integer owner = nounGovernor(s, i);
      if (owner != null && PLOT_NOUNS.contains(s.token(owner).lemma()) && VIOLENT.contains(ev.type)) {
        ev.type = RelationType.PLOTTED_AGAINST;
        addAll(ev.sources, ownerOf(s, owner, actors));
      }
    }
    if (ev.sources.isEmpty() && described == null && !headline) { // "the families of troops killed in Iraq"
      ev.sources.addAll(reportingSubject(s, i, actors));
    }
    if (ev.type.plover() == PloverType.REQUEST && ev.targets.isEmpty()) {
      for (Dependency d : s.children(i)) { // "demanded that the Sudanese government end curbs"
        if (d.base().equals("ccomp") || d.base().equals("xcomp")) {
          for (int subj : s.children(d.dependent(), "nsubj")) {
            ev.targets.addAll(participants(s, subj, actors, true));
          }
        } else if ((d.base().equals("obj") || d.relation().equals("obl:for"))
            && OWN_ACTS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          for (int doer : s.children(d.dependent(), "nmod:of")) { // "demanded the resignation of X": X
            ev.targets.addAll(participants(s, doer, actors, true));
          }
        }
      }
    }
    if (ev.sources.isEmpty() && subjectsOf(s, i).isEmpty() && described == null && !headline) {
      ev.sources.addAll(controller(s, i, actors));
    }
    if (ev.sources.isEmpty() && ev.type.plover() == PloverType.ASSAULT
        && subjectsOf(s, i).stream().anyMatch(t -> anonymousAttacker(s, t, actors))) {
      addAll(ev.sources, locationCountry(s, i, actors));
      ev.located = !ev.sources.isEmpty();
    }
    ev.confidence = 0.9;
    if (passive && ev.sources.isEmpty() && STATE_ACTS.contains(ev.type) && !ev.targets.isEmpty()) {
      // "X was arrested in Senegal", "X was sentenced to ten years": only a state arrests, charges
      // and sentences, so the state where it happened (else the one of the person it happened to) acted.
      Optional<Participant> state = locationCountry(s, i, actors)
          .or(() -> ownCountry(ev.targets.iterator().next(), actors));
      state.filter(p -> !ev.targets.contains(p)).ifPresent(p -> {
        ev.sources.add(p);
        ev.confidence = 0.6;
      });
    }
  }

  /** What is asked of whoever holds someone: "the release of X", "the return of X". */
  private static final Set<String> RELEASES = Set.of("release", "freeing", "return", "handover");

  /**
   * A demand for someone's release is made of who holds them, not of them: "demanded the release
   * of sailors taken hostage by Iran" asks Iran, not the sailors nor their own country; with no
   * holder named, still not the captives themselves.
   */
  private static void askedOfHolder(Sentence s, int i, TriggerLexicon.Trigger tr, ArticleActors actors, Frame ev) {
    if (!tr.verb() || ev.type.plover() != PloverType.REQUEST) {
      return;
    }
    List<Integer> asked = new ArrayList<>(s.children(i, "obj"));
    asked.addAll(s.children(i, "obl:for")); // "called for the release of"
    for (int o : asked) {
      if (!RELEASES.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Participant> captives = new ArrayList<>();
      List<Integer> heldClauses = new ArrayList<>(s.children(o, "acl")); // the parser hangs "held by" on either
      for (int held : s.children(o, "nmod:of")) {
        captives.addAll(participants(s, held, actors, true));
        for (Dependency d : s.children(held)) {
          if (d.base().equals("conj")) {
            captives.addAll(participants(s, d.dependent(), actors, true));
          }
        }
        heldClauses.addAll(s.children(held, "acl"));
      }
      List<Participant> holders = new ArrayList<>();
      for (int acl : heldClauses) {
        holders.addAll(doersOf(s, acl, actors));
      }
      ev.targets.removeAll(captives);
      if (!holders.isEmpty()) { // the captives' own country was not asked when another holds them
        ev.targets.removeIf(t -> ownState(t, captives, actors));
        ev.targets.addAll(holders);
      }
      if (ev.targets.isEmpty() && !captives.isEmpty()) {
        ev.targets.add(new Participant.Unspecified());
      }
    }
  }

  /** "each other", "one another". */
  private static boolean reciprocalPronoun(Sentence s, int n) {
    String w = s.token(n).word().toLowerCase(Locale.ROOT);
    String pair = w.equals("other") ? "each" : w.equals("another") ? "one" : w.equals("one") ? "another" : null;
    return pair != null && s.children(n).stream()
        .anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase(pair));
  }

  /** The noun a past participle describes as acted on ("X, shot by Y"; "sanctions imposed by"), or null. */
  private static Integer reducedPassiveHead(Sentence s, int i) {
    if (!s.token(i).pos().equals("VBN")) {
      return null;
    }
    boolean agent = TriggerFilter.namesItsDoer(s, i);
    for (Dependency d : s.parents(i)) {
      // "soldiers abducted by Hezbollah" is often parsed as an adjective: then only with its doer
      if (d.governor() >= 0 && (d.relation().equals("acl") || agent && d.relation().equals("amod"))
          && s.token(d.governor()).isNoun()) {
        return d.governor();
      }
    }
    return null;
  }

  /** Verbs whose subject undergoes the act their object names: "faces criticism from X". */
  private static final Set<String> UNDERGOING_VERBS = Set.of("face", "receive", "draw", "attract", "suffer",
      "endure", "get");

  /**
   * A noun trigger's source (possessor, modifier, by-agent, else the subject of the verb it is the
   * object of) and targets (its slots and the verb's); the verb may recode it ("lifted sanctions"), or
   * turn it round ("faced criticism from X": X criticised the subject).
   */
  private static void nounArguments(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor,
      ArticleActors actors, Frame ev) {
    List<Dependency> modifiers = new ArrayList<>(s.children(i));
    if (ev.head != i) {
      s.children(ev.head).stream().filter(d -> d.dependent() != i).forEach(modifiers::add);
    }
    for (Dependency d : modifiers) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:by")
          || rel.equals("nmod:agent")) { // "Iran's plot", "the attack by Houthi rebels"
        ev.sources.addAll(participants(s, d.dependent(), actors, false));
      } else if (rel.equals("nmod:between")) {
        ev.between.addAll(participants(s, d.dependent(), actors, true));
      } else if (tr.targetSlots().contains(rel)) {
        ev.targets.addAll(participants(s, d.dependent(), actors, true));
      }
    }
    ev.confidence = ev.sources.isEmpty() ? 0.75 : 0.8;
    if (governor != null) {
      String govLemma = s.token(governor).lemma().toLowerCase(Locale.ROOT);
      if (ev.type == RelationType.SANCTIONED && EASING_VERBS.contains(govLemma)) {
        ev.type = RelationType.EASED_SANCTIONS_ON;
      } else if (RELATIONS.contains(ev.type.plover()) && REDUCING_VERBS.contains(govLemma)) {
        ev.type = RelationType.SANCTIONED; // "cancelled a planned visit to Haiti": reduced relations
      }
      if (UNDERGOING_VERBS.contains(govLemma) && isObjectOf(s, ev.head, governor)) {
        // "Macron faces criticism from German officials", "received aid from Japan": the subject
        // undergoes the act, the from-phrase does it
        List<Participant> doers = new ArrayList<>();
        for (Dependency d : s.children(ev.head)) {
          if (d.relation().equals("nmod:from")) {
            doers.addAll(participants(s, d.dependent(), actors, false));
          }
        }
        for (Dependency d : s.children(governor)) {
          if (d.relation().equals("obl:from")) {
            doers.addAll(participants(s, d.dependent(), actors, false));
          }
        }
        if (!doers.isEmpty()) {
          ev.sources.clear();
          ev.sources.addAll(doers);
        }
        if (!ev.sources.isEmpty()) { // from-phrase, or the noun's own modifier: "faced Palestinian criticism"
          ev.targets.addAll(subjectParticipants(s, governor, actors, true));
          ev.targets.removeAll(ev.sources);
          return;
        }
      }
      boolean subjectOfGovernor = s.children(governor, "nsubj").contains(ev.head);
      for (Dependency d : s.children(governor)) {
        if (tr.targetSlots().contains(d.relation()) && d.relation().startsWith("obl")) {
          ev.targets.addAll(participants(s, d.dependent(), actors, true));
        } else if (subjectOfGovernor && d.relation().equals("obl:between")) {
          ev.between.addAll(participants(s, d.dependent(), actors, true)); // "clashes erupted between X and Y"
        }
      }
      if (ev.sources.isEmpty() && (ev.between.isEmpty() || tr.thirdParty()) && isObjectOf(s, ev.head, governor)) {
        ev.sources.addAll(subjectParticipants(s, governor, actors, false));
        if (RECIPROCAL.contains(tr.lemma())) { // "seven troops are killed in clashes with the cartel"
          for (int subj : s.children(governor, "nsubj:pass")) {
            ev.sources.addAll(participants(s, subj, actors, false));
          }
        }
        if (ev.sources.isEmpty()) {
          ev.sources.addAll(reportingSubject(s, governor, actors));
        }
      }
    }
  }

  /**
   * Targets beyond the trigger's own slots: whose hostages were handed over, the antecedent of a
   * pronoun object, the nearest actor in the predicate, the country an international body acts in,
   * else none named (a domestic event, with lower confidence).
   */
  private static void otherTargets(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor,
      ArticleActors actors, Frame ev) {
    if (ev.type == RelationType.RELEASED && tr.type() == RelationType.AIDED) {
      List<Participant> released = new ArrayList<>(); // whose hostages, not the go-between they went to
      for (int o : s.children(i, "obj")) {
        released.addAll(participants(s, o, actors, true));
      }
      if (!released.isEmpty()) {
        ev.targets.clear();
        ev.targets.addAll(released);
      }
    }
    if (ev.targets.isEmpty() && ev.between.isEmpty() && tr.verb()) {
      ev.targets.addAll(antecedentObject(s, i, actors));
    }
    if (ev.targets.isEmpty() && ev.between.isEmpty() && !tr.verb() && VIOLENT.contains(ev.type) && governor != null) {
      victims(s, governor, actors).stream().filter(p -> !ev.sources.contains(p)).forEach(ev.targets::add);
    }
    if (ev.located) {
      // The country where unidentified attackers struck stands for them only in event-data coding
      // (a domestic event of that country); it did not attack the victims, so no edge names it.
      ev.targets.clear();
      ev.targets.add(new Participant.Unspecified());
    }
    if (ev.targets.isEmpty() && ev.between.isEmpty()) {
      // No actor in the trigger's own slots: the nearest actor in its predicate ("agreed to provide
      // aid for Romania", "demanded that the US cancel plans"), else none named (domestic).
      ev.targets.addAll(nearestInPredicate(s, i, actors, ev.sources, ev.type));
      if (ev.targets.isEmpty() && !tr.verb() && governor != null) {
        ev.targets.addAll(nearestInPredicate(s, governor, actors, ev.sources, ev.type));
      }
      ev.targetsGuessed = !ev.targets.isEmpty();
      if (ev.targets.isEmpty() && !ev.sources.isEmpty() && ev.sources.stream().allMatch(p -> stateless(p, actors))
          && (ev.type.plover() != PloverType.CONSULT || ev.type == RelationType.VISITED)) {
        // (a summit held in Nigeria meets no one there: only a visit is to the place)
        // An international body acting with no target named acts on the country it acts in: "the
        // IAEA dispatched inspectors to a plant in central Iran to monitor ..."
        for (Integer root : new Integer[] {i, governor, clauseHead(s, i)}) {
          if (root != null && ev.targets.isEmpty()) {
            locationCountry(s, root, actors).ifPresent(ev.targets::add);
          }
        }
      }
      if (ev.targets.isEmpty()) {
        ev.targets.add(new Participant.Unspecified());
        ev.confidence *= 0.7;
      }
    }
  }

  /**
   * Negation, modality and the verb governing the trigger: "did not meet", "could attack",
   * "threatened to sanction", "plans to kill" (a plot), "denied meeting", "called off the strike";
   * then CAMEO's recoding of acts only promised, threatened or denied.
   */
  private static void frame(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor, Frame ev) {
    ev.negated = negated(s, i, governor);
    ev.modality = hasModal(s, i) ? Modality.POSSIBLE : future(s, i) ? Modality.INTENDED : Modality.ASSERTED;
    Integer modalGovernor = tr.verb() ? clauseGovernor(s, i) : governor;
    if (modalGovernor == null && tr.verb()) {
      modalGovernor = nounOfInfinitive(s, i); // "a plan to invade", "a threat to sanction"
    }
    if (modalGovernor != null) {
      String lemma = s.token(modalGovernor).lemma().toLowerCase(Locale.ROOT);
      if (THREAT_GOVERNORS.contains(lemma) && ev.type != RelationType.THREATENED) {
        ev.type = RelationType.THREATENED;
      } else if (INTENT_GOVERNORS.contains(lemma)) {
        ev.confidence *= 0.7;
        ev.modality = Modality.INTENDED;
        if (VIOLENT.contains(ev.type)
            && !(lemma.equals("order") && !tr.verb())) { // "ordered the assassination of" is the act
          ev.type = RelationType.PLOTTED_AGAINST;
        }
        if (lemma.equals("order") && !tr.verb()) {
          ev.modality = Modality.ASSERTED;
          ev.confidence /= 0.7;
        }
      } else if (NEGATING_GOVERNORS.contains(lemma)) {
        ev.negated = true;
      } else if (!tr.verb() && !RELATIONS.contains(tr.type().plover()) && haltsItsObject(s, modalGovernor, ev.head)) {
        ev.negated = true; // "called off the strike", "cancelled the planned attack": it did not go ahead
      }
      if (hasModal(s, modalGovernor)) {
        ev.modality = Modality.POSSIBLE;
      }
    }
    if (ev.modality == Modality.POSSIBLE) {
      ev.confidence *= 0.7;
    }
    ev.type = recode(s, i, ev.type, ev.modality, ev.negated);
    if (ev.negated && ev.type == RelationType.REJECTED && NEGATABLE_COOPERATION.contains(tr.type().plover())) {
      ev.negated = false; // "will not accept", "failed to reach agreement": a rejection that happened
    }
  }

  /** The mentions a framed trigger yields: pairs among coordinated or "between" actors, else source x target. */
  private static List<EventMention> mentions(TriggerLexicon.Trigger tr, Frame ev, Facts f) {
    List<EventMention> out = new ArrayList<>();
    List<Participant> srcList = new ArrayList<>(ev.sources);
    boolean noTarget = ev.targets.stream().allMatch(t -> t instanceof Participant.Unspecified);
    if (RECIPROCAL.contains(tr.lemma()) && ev.type.plover() == PloverType.ASSAULT) {
      // A clash has no one side that struck: "clashes between X and Y", "X clashed with Y" and "X
      // killed in a shootout with Y" are each side's violence against the other (annotators code both).
      // The sides are the subjects against the objects ("X fought Y and Z": Y and Z did not fight
      // each other), or all those coordinated or named "between" when no object is.
      List<Participant> targets = ev.targetsGuessed ? List.of() : ev.targets.stream()
          .filter(t -> !(t instanceof Participant.Unspecified)).toList();
      boolean opposed = !ev.sources.isEmpty() && !targets.isEmpty() && ev.between.isEmpty();
      List<Participant> sides = new ArrayList<>();
      for (Participant p : concat(ev.sources, targets, ev.between)) {
        if (!(p instanceof Participant.Unspecified) && !sides.contains(p)) {
          sides.add(p);
        }
      }
      if (sides.size() >= 2) {
        for (Participant a : sides) {
          for (Participant b : sides) {
            if (!opposed || ev.sources.contains(a) != ev.sources.contains(b)) {
              emit(out, ev.type, a, b, f);
            }
          }
        }
        return out;
      }
    }
    if (srcList.isEmpty() && ev.type.symmetric() && noTarget && ev.between.size() >= 2) {
      for (int a = 0; a < ev.between.size(); a++) {
        for (int b = a + 1; b < ev.between.size(); b++) {
          emit(out, ev.type, ev.between.get(a), ev.between.get(b), f);
        }
      }
      return out;
    }
    if (srcList.size() >= 2 && (ev.type.symmetric() || MUTUAL.contains(ev.type.plover())
        || RECIPROCAL.contains(tr.lemma()) || RECALLS.contains(tr.lemma()) || ev.eachOther)
        && (noTarget || ev.targetsGuessed) && ev.between.isEmpty()) {
      // "X and Y met"; "Czechia and Albania upgraded their ties": cooperation among the subjects;
      // "X and Y recalled their ambassadors", "accused each other": each against the other
      for (int a = 0; a < srcList.size(); a++) {
        for (int b = a + 1; b < srcList.size(); b++) {
          emit(out, ev.type, srcList.get(a), srcList.get(b), f);
          if (RECALLS.contains(tr.lemma()) || ev.eachOther) {
            emit(out, ev.type, srcList.get(b), srcList.get(a), f);
          }
        }
      }
      return out;
    }
    List<Participant> tgtList = new ArrayList<>(ev.targets);
    if (noTarget && !ev.between.isEmpty()) {
      tgtList = new ArrayList<>(ev.between);
    }
    for (Participant src : srcList) {
      for (Participant tgt : tgtList) {
        emit(out, ev.type, src, tgt, f);
      }
    }
    return out;
  }

  /** Verbs that stop what their object names from going ahead, or keep it from going on. */
  private static final Set<String> HALTING_VERBS = Set.of(
      "cancel", "postpone", "suspend", "halt", "stop", "scrap", "abandon", "avert", "prevent", "end", "call off",
      "put off", "delay", "drop");

  /** Whether {@code verb} halts its object {@code noun}: "called off a four-day strike". */
  private static boolean haltsItsObject(Sentence s, int verb, int noun) {
    Token v = s.token(verb);
    if (!v.isVerb() || !s.children(verb, "obj").contains(noun)) {
      return false;
    }
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    for (int p : s.children(verb, "compound:prt")) {
      lemma += " " + s.token(p).word().toLowerCase(Locale.ROOT);
    }
    return HALTING_VERBS.contains(lemma);
  }

  /**
   * A reported obligation is a demand (CAMEO 10): in "Russia said Sudan must return a helicopter"
   * (or "should return", "needed to return") the speaker demands of the complement's subject; the
   * complement's own verb is not an event.
   */
  private List<EventMention> reportedObligation(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token t = s.token(i);
    if (!t.isVerb() || !obliged(s, i)) {
      return List.of();
    }
    Integer speech = reportingVerb(s, i, SAY_VERBS);
    if (speech == null) {
      return List.of();
    }
    Facts f = new Facts(s, i, date(s, speech, null, docDate, s.token(speech)), place(s, i, null, actors), 0.75,
        false, Modality.ASSERTED, attribution(s, i, actors));
    return speakerToSubjects(s, speech, i, RelationType.DEMANDED, f, actors);
  }

  /** Whether clause {@code i} says its subject is obliged to act ("must return", "needed to take"). */
  private static boolean obliged(Sentence s, int i) {
    if (s.children(i, "aux").stream().anyMatch(a -> OBLIGING_AUX.contains(s.token(a).word().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    return OBLIGING_VERBS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
        && s.children(i, "xcomp").stream().anyMatch(x -> isInfinitive(s, x));
  }

  /**
   * A wrong reported of someone is an accusation (CAMEO 112): in "the opposition claims the prime
   * minister siphoned off funds" the speaker accuses the complement's subject. A complement that
   * is itself an event of the lexicon ("said X attacked Y") is that event, left to its trigger;
   * one negated ("said Y did not violate") accuses no one. So does saying someone is something
   * strongly negative ("said Germany was delinquent", "said the elections were not free"), by the
   * valence of the predicate's words.
   */
  private List<EventMention> reportedWrong(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token t = s.token(i);
    boolean wrong = t.isVerb() && WRONGS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !negated(s, i, null)
        && lexicon.at(s, i).isEmpty();
    boolean cop = !wrong && !s.children(i, "cop").isEmpty();
    boolean condemned = cop && valenceOf(s, i, "") <= CONDEMNING;
    boolean blamed = cop && !condemned && blamedForWrong(s, i);
    if (!wrong && !condemned && !blamed) {
      return List.of();
    }
    Integer speech = reportingVerb(s, i, CLAIMING_VERBS);
    if (speech == null || negated(s, speech, null)) {
      return List.of();
    }
    Facts f = new Facts(s, speech, date(s, speech, null, docDate, s.token(speech)), place(s, speech, null, actors),
        0.6, false, Modality.ASSERTED, attribution(s, speech, actors));
    List<EventMention> out = speakerToSubjects(s, speech, i, RelationType.ACCUSED, f, actors);
    if (blamed) { // naming one's own side as the doer claims the act, it accuses no one
      out.removeIf(m -> sameCountry(m.source(), m.target(), actors));
    }
    return out;
  }

  /** Adjectives that put an act on someone: "responsible for", "guilty of". */
  private static final Set<String> BLAMING = Set.of("responsible", "culpable", "guilty", "accountable", "liable",
      "behind");

  /**
   * Whether a predicate blames its subject for a wrong: "Hezbollah is responsible for the violence",
   * "the state was culpable for the attempted murder" (a strongly negative act, or a hostile act of
   * the lexicon); "responsible for the talks" blames no one.
   */
  private boolean blamedForWrong(Sentence s, int i) {
    if (!BLAMING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.children(i)) {
      if ((d.base().equals("obl") || d.base().equals("nmod")) && (d.subtype().equals("for") || d.subtype().equals("of"))) {
        Token act = s.token(d.dependent());
        boolean hostile = lexicon.lookup(act.lemma().toLowerCase(Locale.ROOT), act.isVerb())
            .filter(tr -> HOSTILE.contains(tr.type().plover())).isPresent();
        if (hostile || valenceOf(s, d.dependent(), "") <= CONDEMNING) {
          return true;
        }
      }
    }
    return false;
  }

  /** Valence (VADER, -4 to +4) at or above which what someone is called praises them. */
  private static final double PRAISING = 2.0;

  /**
   * Calling someone or their act something strongly negative is criticism (CAMEO 111), something
   * strongly positive is praise (CAMEO 051): "called the Russian strikes barbaric", "described
   * India's move as illegal", "called the envoy a hero". What they are called is rated by its words'
   * valence ({@link Valence}) and by the CAMEO verb dictionary's own patterns ("call ... dictator");
   * a negation flips it. Praise is of an actor named as such, not of a thing an actor owns.
   */
  private List<EventMention> characterisation(AnnotatedText text, Sentence s, int i, ArticleActors actors) {
    LocalDate docDate = text.documentDate();
    Token t = s.token(i);
    String verb = t.lemma().toLowerCase(Locale.ROOT);
    if (!t.isVerb() || !CHARACTERISING_VERBS.contains(verb) || negated(s, i, null)) {
      return List.of();
    }
    Integer named = null;
    Integer called = null;
    for (int x : s.children(i, "xcomp")) { // "called X a dictator": the parser's small clause
      List<Integer> subjects = s.children(x, "nsubj");
      if (!subjects.isEmpty() && !isInfinitive(s, x)) { // not "called on X to end the siege"
        named = subjects.get(0);
        called = x;
      }
    }
    for (int x : s.children(i, "iobj")) { // "calls X a dictator" read as two objects
      for (int o : s.children(i, "obj")) {
        named = x;
        called = o;
      }
    }
    for (int o : s.children(i, "obj")) { // "described X as illegal", the "as" on the verb or the object
      for (Dependency d : s.children(o)) {
        if (d.relation().equals("acl:as") || d.relation().equals("nmod:as")) {
          named = o;
          called = d.dependent();
        }
      }
      for (Dependency d : s.children(i)) {
        if (d.relation().equals("obl:as") || d.relation().equals("advcl:as")) {
          named = o;
          called = d.dependent();
        }
      }
    }
    if (named == null) {
      return List.of();
    }
    double v = valenceOf(s, called, verb);
    RelationType type = v <= CONDEMNING ? RelationType.CRITICIZED : v >= PRAISING ? RelationType.PRAISED : null;
    if (type == null || type == RelationType.PRAISED && actors.mentionAt(s.index(), named).isEmpty()) {
      return List.of();
    }
    List<Participant> sources = subjectParticipants(s, i, actors, false);
    List<Participant> targets = participants(s, named, actors, true);
    if (targets.isEmpty() && TakenUpActs.takesUpAnAct(s, named, actors)) { // "called the verdict outrageous"
      targets = takenUpDoers(text, s, i, actors, new LinkedHashSet<>(sources));
    }
    Facts f = new Facts(s, i, date(s, i, null, docDate, t), place(s, i, null, actors), 0.6, false,
        Modality.ASSERTED, attribution(s, i, actors));
    return emitAll(type, sources, targets, f);
  }

  /**
   * The valence of what something is called: of the word {@code head}, its modifiers and its
   * of-phrase, the most extreme rating, its sign flipped under a negation ("not legitimate"); 0 when
   * none is rated.
   */
  private double valenceOf(Sentence s, int head, String verb) {
    List<Integer> words = new ArrayList<>(List.of(head));
    for (Dependency d : s.children(head)) {
      if (d.base().equals("amod") || d.base().equals("advmod") || d.base().equals("compound")
          || d.relation().equals("nmod:of")) { // "a sponsor of terrorism", "a violation of the law"
        words.add(d.dependent());
      }
    }
    double extreme = 0;
    for (int w : words) {
      Token tok = s.token(w);
      double v = cameoRating(verb, tok.lemma()).orElse(
          valence.of(tok.word()).orElse(valence.of(tok.lemma()).orElse(0)));
      if (Math.abs(v) > Math.abs(extreme)) {
        extreme = v;
      }
    }
    return s.children(head, "neg").isEmpty() && s.children(head, "advmod").stream()
        .noneMatch(a -> s.token(a).lemma().equalsIgnoreCase("not")) ? extreme : -extreme;
  }

  /** The CAMEO dictionary's own reading of "verb ... word" ("call ... dictator": 111), as an extreme valence. */
  private OptionalDouble cameoRating(String verb, String word) {
    return cameo.lookup(verb).stream().flatMap(e -> e.patterns().stream())
        .filter(p -> p.word().equalsIgnoreCase(word))
        .mapToDouble(p -> p.type() == PloverType.ACCUSE ? -4 : p.type() == PloverType.SUPPORT ? 4 : 0)
        .filter(v -> v != 0)
        .findFirst();
  }

  /** The verb among {@code verbs} whose complement clause {@code clause} is ("said [Sudan must return ...]"), or null. */
  private static Integer reportingVerb(Sentence s, int clause, Set<String> verbs) {
    Integer speech = null;
    for (Dependency d : s.parents(clause)) {
      // the said clause, or a quotation before its speaker the parser left unlabelled (dep)
      boolean said = d.base().equals("ccomp") || d.base().equals("dep") && clause < d.governor();
      if (d.governor() >= 0 && said && s.token(d.governor()).isVerb()
          && verbs.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        speech = d.governor();
      }
    }
    for (Dependency d : s.children(clause)) {
      // a quotation first, its speaker after it: ""X must stop," the spokesman said" (parataxis)
      if (speech == null && d.base().equals("parataxis") && s.token(d.dependent()).isVerb()
          && verbs.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        speech = d.dependent();
      }
    }
    return speech;
  }

  /**
   * What the speaker of {@code speech} does to each subject of the clause it reports, as {@code type}
   * ("Russia said Sudan must return": Russia demands of Sudan); none when either side names no actor.
   */
  private static List<EventMention> speakerToSubjects(Sentence s, int speech, int clause, RelationType type, Facts f,
      ArticleActors actors) {
    List<Participant> sources = subjectParticipants(s, speech, actors, false);
    List<Participant> targets = subjectParticipants(s, clause, actors, true);
    return emitAll(type, sources, targets, f); // a speaker reporting of themselves accuses no one: emit skips it
  }

  /**
   * Acts only their doer can perform, so that demanding one ("the resignation of X", "the
   * withdrawal of X's troops") asks it of the doer its of-phrase names.
   */
  private static final Set<String> OWN_ACTS = Set.of("resignation", "withdrawal", "departure", "pullout",
      "surrender", "abdication");

  /** Verbs of withdrawing one's own envoy: aimed at the country the envoy was posted to. */
  private static final Set<String> RECALLS = Set.of("recall");
  private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "representative", "consul");
  /** Where an envoy's post is named: "its ambassador to Austria", "recalled ... from Kyiv". */
  private static final Set<String> POST_PHRASES = Set.of("nmod:to", "nmod:in", "obl:to", "obl:from");

  /** Acts of a state's police, prosecutors and courts, whose doer a passive may leave unsaid. */
  private static final Set<RelationType> STATE_ACTS = Set.of(RelationType.ARRESTED, RelationType.SENTENCED,
      RelationType.CHARGED);

  /** The country a known actor acts for, when the article names that country. */
  private static Optional<Participant> ownCountry(Participant p, ArticleActors actors) {
    if (!(p instanceof Participant.Known k)) {
      return Optional.empty();
    }
    String code = actors.actor(k.actorKey()).code();
    if (code == null || code.length() != 3) {
      return Optional.empty();
    }
    String country = ActorKey.country(code).value();
    if (actors.actors().get(country) == null) {
      return Optional.empty();
    }
    return Optional.of(new Participant.Known(country, MentionKind.NOMINAL));
  }

  /**
   * Words of fighting in which each side attacks the other: "Turkey and Russia clashed over Syria",
   * "clashes between X and Y", "a shootout with police".
   */
  private static final Set<String> RECIPROCAL = Set.of("clash", "fight", "fighting", "battle", "skirmish", "shootout",
      "firefight", "gunfight", "gunbattle");

  @SafeVarargs
  private static List<Participant> concat(Collection<Participant>... parts) {
    List<Participant> out = new ArrayList<>();
    for (Collection<Participant> c : parts) {
      out.addAll(c);
    }
    return out;
  }

  /** Kinds of event that coordinated subjects without an object do with each other. */
  private static final Set<PloverType> MUTUAL = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT,
      PloverType.COOPERATE);

  /** Who is let in when a country allows international involvement (CAMEO 086). */
  private static final Set<String> PRESENCE = Set.of("observer", "inspector", "monitor", "peacekeeper",
      "mission", "peacekeeping");
  private static final Set<String> HOSTING_VERBS = Set.of("receive", "accept", "admit", "allow", "welcome",
      "host", "invite", "let");
  private static final Set<String> ARRIVING_VERBS = Set.of("arrive", "land", "enter");

  /**
   * A country letting in another's observers, inspectors or peacekeepers ("Iran allowed IAEA
   * inspectors in", "Nigerian peacekeepers arrived in Liberia"): the
   * host admits the provider (CAMEO 086), rather than hosting a visit or being visited.
   */
  private List<EventMention> internationalPresence(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token t = s.token(i);
    if (!t.isVerb()) {
      return List.of();
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    List<Participant> hosts = new ArrayList<>();
    List<Participant> providers = new ArrayList<>();
    if (HOSTING_VERBS.contains(lemma)) {
      for (int o : s.children(i, "obj")) {
        if (presenceNoun(s, o)) {
          providers.addAll(provider(s, o, actors));
          hosts.addAll(subjectParticipants(s, i, actors, false));
        }
      }
    } else if (ARRIVING_VERBS.contains(lemma)) {
      for (int subj : subjectsOf(s, i)) {
        if (presenceNoun(s, subj)) {
          providers.addAll(provider(s, subj, actors));
          locationCountry(s, i, actors).ifPresent(hosts::add);
        }
      }
    }
    if (hosts.isEmpty() || providers.isEmpty()) {
      return List.of();
    }
    Facts f = new Facts(s, i, date(s, i, null, docDate, t), place(s, i, null, actors), 0.75, negated(s, i, null),
        Modality.ASSERTED, attribution(s, i, actors));
    return emitAll(RelationType.ADMITTED, hosts, providers, f);
  }

  /** A participle of backing or arming fused to its doer by a hyphen ("Iranian-backed", "US-funded"). */
  private static final Pattern HYPHENATED_BACKING = Pattern.compile(
      "(?i).+-(backed|supported|sponsored|funded|financed|armed|trained|equipped)");

  /**
   * "Iranian-backed Houthis", "U.N.-backed Congolese soldiers": the actor before the hyphen supports
   * (backed, sponsored) or aids (funded, armed, trained) the actor the word describes.
   */
  private List<EventMention> hyphenatedBacking(Sentence s, int i, ArticleActors actors) {
    String word = s.token(i).word();
    Matcher m = HYPHENATED_BACKING.matcher(word);
    // the tokenizer keeps the word whole ("UN-backed") or splits it ("Iranian - backed")
    boolean split = i >= 2 && s.token(i - 1).word().equals("-") && s.token(i - 1).begin() == s.token(i - 2).end()
        && HYPHENATED_BACKING.matcher("x-" + word).matches();
    if (!m.matches() && !split) {
      return List.of();
    }
    List<Participant> backers = participants(s, split ? i - 2 : i, actors, false).stream()
        .filter(p -> p instanceof Participant.Known).toList();
    List<Participant> backed = new ArrayList<>();
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("amod") || d.base().equals("compound"))
          && s.token(d.governor()).isNoun()) {
        backed.addAll(participants(s, d.governor(), actors, true));
      }
    }
    if (backers.isEmpty() || backed.isEmpty()) {
      return List.of();
    }
    String how = (split ? word : m.group(1)).toLowerCase(Locale.ROOT);
    RelationType type = Set.of("backed", "supported", "sponsored").contains(how)
        ? RelationType.SUPPORTED : RelationType.AIDED;
    Facts f = new Facts(s, i, null, null, 0.8, false, Modality.ASSERTED, attribution(s, i, actors));
    return emitAll(type, backers, backed, f);
  }

  /**
   * "Thailand and Cambodia exchanged fire", "India traded shots with Pakistan", "X traded insults
   * with Y": each side did it to the other.
   */
  private List<EventMention> exchangedActs(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token t = s.token(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    RelationType type = !t.isVerb() || !EventWords.EXCHANGING_VERBS.contains(lemma) ? null
        : s.children(i, "obj").stream().map(o -> EventWords.EXCHANGED.get(s.token(o).lemma().toLowerCase(Locale.ROOT)))
            .filter(Objects::nonNull).findFirst().orElse(null);
    if (type == null) {
      return List.of();
    }
    Set<Participant> sides = new LinkedHashSet<>(subjectParticipants(s, i, actors, false));
    for (int with : s.children(i, "obl:with")) {
      sides.addAll(participants(s, with, actors, true));
    }
    sides.removeIf(p -> p instanceof Participant.Unspecified);
    if (sides.size() < 2) {
      return List.of();
    }
    Facts f = new Facts(s, i, date(s, i, null, docDate, t), place(s, i, null, actors), 0.85, negated(s, i, null),
        Modality.ASSERTED, attribution(s, i, actors));
    return emitAll(type, sides, sides, f); // emit skips each side with itself
  }

  private static boolean presenceNoun(Sentence s, int n) {
    Token t = s.token(n);
    if (!t.isNoun()) {
      return false;
    }
    if (PRESENCE.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return s.children(n).stream().anyMatch(d -> (d.base().equals("amod") || d.base().equals("compound")
        || d.relation().equals("nmod:of"))
        && PRESENCE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Whose observers or troops: "Bangladeshi peacekeepers", "a mission of observers from the OSCE". */
  private List<Participant> provider(Sentence s, int n, ArticleActors actors) {
    List<Participant> own = participants(s, n, actors, false);
    if (!own.isEmpty()) {
      return own;
    }
    for (Dependency d : s.children(n)) {
      if (d.relation().equals("nmod:from") || d.relation().equals("nmod:of")) {
        List<Participant> p = provider(s, d.dependent(), actors);
        if (!p.isEmpty()) {
          return p;
        }
      }
    }
    return List.of();
  }

  /** What one trigger's mentions share besides their actors. */
  private record Facts(Sentence s, int trigger, PartialDate date, String place, double confidence,
      boolean negated, Modality modality, String attribution) {}

  /** The mentions of {@code type} from each source to each target ({@link #emit}'s rules apply). */
  private static List<EventMention> emitAll(RelationType type, Collection<Participant> sources,
      Collection<Participant> targets, Facts f) {
    List<EventMention> out = new ArrayList<>();
    for (Participant src : sources) {
      for (Participant tgt : targets) {
        emit(out, type, src, tgt, f);
      }
    }
    return out;
  }

  private static void emit(List<EventMention> out, RelationType type, Participant src, Participant tgt, Facts f) {
    if (src.equals(tgt) || src instanceof Participant.Unspecified) {
      return;
    }
    double c = f.confidence() * weight(src) * weight(tgt);
    out.add(new EventMention(type, src, tgt, f.s().index(), f.trigger(), f.date(), f.place(), c, f.negated(),
        f.modality(), f.attribution()));
  }

  private static double weight(Participant p) {
    return switch (p) {
      case Participant.Known k -> switch (k.via()) {
        case NAME, PARTIAL_NAME, DEMONYM, METONYM -> 1.0;
        case NOMINAL, PRONOUN -> 0.85;
      };
      case Participant.Unbound u -> 0.9;
      case Participant.Unspecified u -> 1.0;
    };
  }

  private static void addAll(Set<Participant> into, Optional<Participant> p) {
    p.ifPresent(into::add);
  }
}
