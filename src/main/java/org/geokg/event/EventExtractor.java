package org.geokg.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.actor.MentionKind;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * The event stage: reads relations between actors off the dependency parse, then merges the
 * mentions of one article ({@link EventMerger}).
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

  private static final Set<String> CLAUSAL = Set.of(
      "ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "dep", "conj", "xcomp", "acl", "appos");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("deny", "refuse", "fail", "decline");
  private static final Set<String> THREAT_GOVERNORS = Set.of("threaten", "warn", "vow", "swear");
  /** Verbs that cut a relation short: "cancelled a planned visit", "suspended talks" (CAMEO 16). */
  private static final Set<String> REDUCING_VERBS = Set.of(
      "cancel", "postpone", "suspend", "halt", "freeze", "cut", "end", "stop", "scrap", "sever", "downgrade");
  private static final Set<PloverType> RELATIONS = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT,
      PloverType.COOPERATE, PloverType.AID);
  /** Verbs of demanding: what they introduce ("demanded that X end curbs") is asked, not done. */
  private static final Set<String> DEMAND_VERBS = Set.of(
      "demand", "urge", "ask", "insist", "request", "call", "press", "appeal", "pressure");
  private static final Set<String> SAY_VERBS = Set.of(
      "say", "announce", "declare", "state", "insist", "tell", "warn", "add", "stress", "argue");
  private static final Set<String> INTENT_GOVERNORS = Set.of(
      "plan", "intend", "want", "seek", "consider", "propose", "aim", "hope", "expect", "try",
      "attempt", "plot", "prepare", "instruct", "order", "urge", "ask", "task", "ready", "willing", "prepared",
      "eager");
  private static final Set<String> HEDGING_MODALS = Set.of("could", "may", "might", "would", "should");
  private static final Set<String> PLOT_NOUNS = Set.of("plot", "plan", "conspiracy", "attempt", "scheme");
  private static final Set<String> EASING_VERBS = Set.of("lift", "ease", "remove", "relax", "suspend", "waive", "drop");
  private static final Set<String> PLACE_TAGS = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");
  private static final Set<RelationType> VIOLENT = Set.of(RelationType.KILLED, RelationType.ASSASSINATED,
      RelationType.ATTACKED);

  private final TriggerLexicon lexicon = TriggerLexicon.fromClasspath();
  private final EventCandidates candidates = new EventCandidates(lexicon);

  /** Extracts and merges the relations of one article. */
  /**
   * The sentences this extractor can find something in, by its own trigger lexicon (see {@link
   * EventCandidates}): the NLP stage parses only those.
   */
  public org.geokg.nlp.ParseSelector parseSelector() {
    return candidates;
  }

  public ArticleEvents extract(AnnotatedText text, ArticleActors actors) {
    List<EventMention> mentions = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        mentions.addAll(atToken(s, t.index(), text.documentDate(), actors));
      }
    }
    return new EventMerger(text, actors).merge(mentions);
  }

  /** The event mentions whose trigger is token {@code i} (several for coordinated actors). */
  List<EventMention> atToken(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token tok = s.token(i);
    List<EventMention> obligation = reportedObligation(s, i, docDate, actors);
    if (!obligation.isEmpty()) {
      return obligation;
    }
    List<EventMention> presence = internationalPresence(s, i, docDate, actors);
    if (!presence.isEmpty()) {
      return presence;
    }
    Optional<TriggerLexicon.Trigger> found = trigger(s, i);
    if (found.isEmpty() || demanded(s, i) || reducedRelation(s, i) || contentOfSpeechAct(s, i)
        || background(s, i) || (!found.get().verb() && (modifierOfNoun(s, i) || circumstance(s, i)))
        || purposeOfEvent(s, i) || conditional(s, i) || describesObjectOfEvent(s, i)) {
      return List.of();
    }
    TriggerLexicon.Trigger tr = found.get();
    if (tr.needsSlot() && !slotFilled(s, i, tr)) {
      return List.of();
    }
    RelationType type = tr.type();
    if (violatesTruce(s, i, tr)) {
      type = RelationType.ATTACKED; // violating a ceasefire is fighting (CAMEO 196), not a rejection
    }
    if (type == RelationType.PROTESTED_AGAINST && tr.verb() && tr.lemma().equals("strike")
        && !s.children(i, "obj").isEmpty()) {
      type = RelationType.ATTACKED; // workers strike; warplanes strike targets
    }
    if (type == RelationType.ATTACKED && !tr.verb() && tr.lemma().equals("strike") && labourStrike(s, i)) {
      type = RelationType.PROTESTED_AGAINST; // "went on strike", "a general strike", "a hunger strike"
    }
    if (type == RelationType.AIDED && tr.verb() && handsOverPeople(s, i)) {
      type = RelationType.RELEASED; // "handed over four hostages": releasing persons (CAMEO 0841)
    }
    if (type == RelationType.AGREED_WITH && tr.verb() && acceptsDemands(s, i)) {
      type = RelationType.CONCEDED_TO; // "accepted the rebels' demands": yielding (CAMEO 08)
    }
    if (PROMISES.contains(tr.lemma()) && tr.verb() && hostileComplement(s, i)) {
      type = RelationType.THREATENED; // "vowed to retaliate", "promised to crush the rebels"
    }
    if (type.plover() == PloverType.COERCE && sexual(s, i)) {
      type = RelationType.ATTACKED; // "sexually abused": sexual violence is an assault (CAMEO 1821)
    }
    Set<Participant> sources = new LinkedHashSet<>();
    Set<Participant> targets = new LinkedHashSet<>();
    List<Participant> between = new ArrayList<>();
    double confidence;
    boolean located = false; // source is the country where unidentified attackers struck
    Integer governor = governingVerb(s, i);
    if (tr.verb()) {
      boolean passive = !s.children(i, "nsubj:pass").isEmpty();
      for (Dependency d : s.children(i)) {
        String rel = d.relation();
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
          if (VIOLENT.contains(type) && PLOT_NOUNS.contains(s.token(d.dependent()).lemma())) {
            type = RelationType.PLOTTED_AGAINST; // "a plot to kill X": the plot's owner plotted
            addAll(sources, ownerOf(s, d.dependent(), actors));
          } else {
            sources.addAll(participants(s, d.dependent(), actors, false));
          }
        } else if (rel.equals("obl:agent") || passive && rel.equals("obl:by")) {
          sources.addAll(participants(s, d.dependent(), actors, false));
        } else if (passive && rel.equals("nsubj:pass")) {
          targets.addAll(participants(s, d.dependent(), actors, true));
        } else if (tr.targetSlots().contains(rel) && !rel.equals("between")) {
          targets.addAll(participants(s, d.dependent(), actors, true));
        } else if (rel.equals("obl:between") || rel.equals("nmod:between")) {
          between.addAll(participants(s, d.dependent(), actors, true));
        }
      }
      if (s.token(i).pos().equals("VBG")) {
        // "providing communications capability to Ukraine" read as an adjective on "capability":
        // the noun is the gerund's object, and its prepositional modifiers are the gerund's
        for (Dependency up : s.parents(i)) {
          if (up.relation().equals("amod") && up.governor() >= 0 && s.token(up.governor()).isNoun()) {
            for (Dependency d : s.children(up.governor())) {
              if (d.base().equals("nmod") && tr.targetSlots().contains("obl:" + d.subtype())) {
                targets.addAll(participants(s, d.dependent(), actors, true));
              }
            }
          }
        }
      }
      if (sources.isEmpty() && governor == null) {
        Integer owner = nounGovernor(s, i);
        if (owner != null && PLOT_NOUNS.contains(s.token(owner).lemma()) && VIOLENT.contains(type)) {
          type = RelationType.PLOTTED_AGAINST;
          addAll(sources, ownerOf(s, owner, actors));
        }
      }
      if (sources.isEmpty()) {
        sources.addAll(reportingSubject(s, i, actors));
      }
      if (type.plover() == PloverType.REQUEST && targets.isEmpty()) {
        for (Dependency d : s.children(i)) { // "demanded that the Sudanese government end curbs"
          if (d.base().equals("ccomp") || d.base().equals("xcomp")) {
            for (int subj : s.children(d.dependent(), "nsubj")) {
              targets.addAll(participants(s, subj, actors, true));
            }
          }
        }
      }
      if (sources.isEmpty() && subjectsOf(s, i).isEmpty()) {
        sources.addAll(controller(s, i, actors));
      }
      if (sources.isEmpty() && type.plover() == PloverType.ASSAULT
          && subjectsOf(s, i).stream().anyMatch(t -> anonymousAttacker(s, t, actors))) {
        addAll(sources, locationCountry(s, i, actors));
        located = !sources.isEmpty();
      }
      confidence = 0.9;
    } else {
      if (tr.light() && (governor == null || !supportVerb(tr.type().plover(), s.token(governor)))) {
        return List.of();
      }
      for (Dependency d : s.children(i)) {
        String rel = d.relation();
        if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:by")
            || rel.equals("nmod:agent")) { // "Iran's plot", "the attack by Houthi rebels"
          sources.addAll(participants(s, d.dependent(), actors, false));
        } else if (rel.equals("nmod:between")) {
          between.addAll(participants(s, d.dependent(), actors, true));
        } else if (tr.targetSlots().contains(rel)) {
          targets.addAll(participants(s, d.dependent(), actors, true));
        }
      }
      confidence = sources.isEmpty() ? 0.75 : 0.8;
      if (governor != null) {
        String govLemma = s.token(governor).lemma().toLowerCase(Locale.ROOT);
        if (type == RelationType.SANCTIONED && EASING_VERBS.contains(govLemma)) {
          type = RelationType.EASED_SANCTIONS_ON;
        } else if (RELATIONS.contains(type.plover()) && REDUCING_VERBS.contains(govLemma)) {
          type = RelationType.SANCTIONED; // "cancelled a planned visit to Haiti": reduced relations
        }
        for (Dependency d : s.children(governor)) {
          if (tr.targetSlots().contains(d.relation()) && d.relation().startsWith("obl")) {
            targets.addAll(participants(s, d.dependent(), actors, true));
          }
        }
        if (sources.isEmpty() && between.isEmpty() && isObjectOf(s, i, governor)) {
          for (int subj : subjectsOf(s, governor)) {
            sources.addAll(participants(s, subj, actors, false));
          }
          if (sources.isEmpty()) {
            sources.addAll(reportingSubject(s, governor, actors));
          }
        }
      }
    }
    if (type == RelationType.RELEASED && tr.type() == RelationType.AIDED) {
      List<Participant> released = new ArrayList<>(); // whose hostages, not the go-between they went to
      for (int o : s.children(i, "obj")) {
        released.addAll(participants(s, o, actors, true));
      }
      if (!released.isEmpty()) {
        targets.clear();
        targets.addAll(released);
      }
    }
    if (targets.isEmpty() && between.isEmpty() && tr.verb()) {
      targets.addAll(antecedentObject(s, i, actors));
    }
    if (located) {
      targets.removeIf(t -> t instanceof Participant.Known k && sources.stream()
          .anyMatch(src -> ((Participant.Known) src).actorKey().equals(k.actorKey())));
      if (targets.isEmpty()) {
        targets.add(new Participant.Unspecified()); // the victims are that country's own: a domestic event
      }
    }
    if (targets.isEmpty() && between.isEmpty()) {
      // No actor in the trigger's own slots: the nearest actor in its predicate ("agreed to provide
      // aid for Romania", "demanded that the US cancel plans"), else none named (domestic).
      targets.addAll(nearestInPredicate(s, i, actors, sources, !HOSTILE.contains(type.plover())));
      if (targets.isEmpty() && !tr.verb() && governor != null) {
        targets.addAll(nearestInPredicate(s, governor, actors, sources, !HOSTILE.contains(type.plover())));
      }
      if (targets.isEmpty() && !sources.isEmpty() && sources.stream().allMatch(p -> stateless(p, actors))) {
        // An international body acting with no target named acts on the country it acts in: "the
        // IAEA dispatched inspectors to a plant in central Iran to monitor ..."
        for (Integer root : new Integer[] {i, governor, clauseHead(s, i)}) {
          if (root != null && targets.isEmpty()) {
            locationCountry(s, root, actors).ifPresent(targets::add);
          }
        }
      }
      if (targets.isEmpty()) {
        targets.add(new Participant.Unspecified());
        confidence *= 0.7;
      }
    }
    boolean negated = negated(s, i, governor);
    Modality modality = hasModal(s, i) ? Modality.POSSIBLE : future(s, i) ? Modality.INTENDED : Modality.ASSERTED;
    Integer modalGovernor = tr.verb() ? clauseGovernor(s, i) : governor;
    if (modalGovernor != null) {
      String lemma = s.token(modalGovernor).lemma().toLowerCase(Locale.ROOT);
      if (THREAT_GOVERNORS.contains(lemma) && type != RelationType.THREATENED) {
        type = RelationType.THREATENED;
      } else if (INTENT_GOVERNORS.contains(lemma)) {
        confidence *= 0.7;
        modality = Modality.INTENDED;
        if (VIOLENT.contains(type)
            && !(lemma.equals("order") && !tr.verb())) { // "ordered the assassination of" is the act
          type = RelationType.PLOTTED_AGAINST;
        }
        if (lemma.equals("order") && !tr.verb()) {
          modality = Modality.ASSERTED;
          confidence /= 0.7;
        }
      } else if (NEGATING_GOVERNORS.contains(lemma)) {
        negated = true;
      } else if (!tr.verb() && !RELATIONS.contains(tr.type().plover()) && haltsItsObject(s, modalGovernor, i)) {
        negated = true; // "called off the strike", "cancelled the planned attack": it did not go ahead
      }
      if (hasModal(s, modalGovernor)) {
        modality = Modality.POSSIBLE;
      }
    }
    if (modality == Modality.POSSIBLE) {
      confidence *= 0.7;
    }
    type = recode(s, i, type, modality, negated);
    if (negated && type == RelationType.REJECTED && NEGATABLE_COOPERATION.contains(found.get().type().plover())) {
      negated = false; // "will not accept", "failed to reach agreement": a rejection that happened
    }
    String date = date(s, i, governor, docDate, tok);
    String place = place(s, i, governor, actors);
    String attribution = attribution(s, i, actors);
    Facts f = new Facts(s, i, date, place, Math.min(1, confidence), negated, modality, attribution);

    List<EventMention> out = new ArrayList<>();
    List<Participant> srcList = new ArrayList<>(sources);
    boolean noTarget = targets.stream().allMatch(t -> t instanceof Participant.Unspecified);
    if (srcList.isEmpty() && type.symmetric() && noTarget && between.size() >= 2) {
      for (int a = 0; a < between.size(); a++) {
        for (int b = a + 1; b < between.size(); b++) {
          emit(out, type, between.get(a), between.get(b), f);
        }
      }
      return out;
    }
    if (srcList.size() >= 2 && (type.symmetric() || MUTUAL.contains(type.plover())
        || RECIPROCAL.contains(tr.lemma())) && noTarget
        && between.isEmpty()) {
      // "X and Y met"; "Czechia and Albania upgraded their ties": cooperation among the subjects
      for (int a = 0; a < srcList.size(); a++) {
        for (int b = a + 1; b < srcList.size(); b++) {
          emit(out, type, srcList.get(a), srcList.get(b), f);
        }
      }
      return out;
    }
    List<Participant> tgtList = new ArrayList<>(targets);
    if (noTarget && !between.isEmpty()) {
      tgtList = new ArrayList<>(between);
    }
    for (Participant src : srcList) {
      for (Participant tgt : tgtList) {
        emit(out, type, src, tgt, f);
      }
    }
    return out;
  }

  /**
   * Whether a trigger sits in a clause that describes a participant rather than reports the news
   * ("Macedonia, which is preparing an offensive", "a helicopter that was captured last week",
   * "damages caused by a missile attack"); a plan's content ("a plot to kill") is not background.
   */
  private static boolean background(Sentence s, int i) {
    if (s.token(i).pos().equals("VBN") && s.parents(i).stream().anyMatch(d -> d.relation().equals("amod"))) {
      return true; // an adjectival participle: "armed groups", "occupied territories", "detained journalists"
    }
    int cur = i;
    for (int level = 0; level < 4; level++) {
      Dependency up = null;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0) {
          up = d;
          break;
        }
      }
      if (up == null) {
        return false;
      }
      if (up.relation().equals("acl:relcl") || up.relation().equals("acl")
          && s.token(up.governor()).isNoun() && !PLOT_NOUNS.contains(s.token(up.governor()).lemma())
          && s.token(up.dependent()).pos().equals("VBN")) {
        return true;
      }
      cur = up.governor();
    }
    return false;
  }

  private static final Set<String> STRIKE_KINDS = Set.of("general", "hunger", "labour", "labor", "national",
      "nationwide", "worker", "teacher", "union", "day", "week", "transport", "rail");

  private static boolean labourStrike(Sentence s, int i) {
    boolean onStrike = s.children(i, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("on"))
        && s.children(i, "det").isEmpty();
    return onStrike || s.children(i).stream().anyMatch(d -> (d.base().equals("amod") || d.base().equals("compound"))
        && STRIKE_KINDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> PROMISES = Set.of("vow", "swear", "pledge", "promise");
  private static final Set<String> DEMAND_NOUNS = Set.of("demand", "condition", "term", "ultimatum", "request");

  private static final Set<String> HELD_PEOPLE = Set.of("hostage", "prisoner", "detainee", "captive", "body",
      "remains", "soldier", "pow");

  private static boolean handsOverPeople(Sentence s, int i) {
    return s.children(i, "obj").stream()
        .anyMatch(o -> HELD_PEOPLE.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  private static boolean acceptsDemands(Sentence s, int i) {
    return s.children(i, "obj").stream()
        .anyMatch(o -> DEMAND_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  private boolean hostileComplement(Sentence s, int i) {
    for (int x : s.children(i, "xcomp")) {
      Optional<TriggerLexicon.Trigger> t = trigger(s, x);
      if (t.isPresent() && (HOSTILE.contains(t.get().type().plover()) || t.get().type().plover() == PloverType.THREATEN)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of a trigger's slots is filled, also through a gerund read as an adjective. */
  private static boolean slotFilled(Sentence s, int i, TriggerLexicon.Trigger tr) {
    if (s.children(i).stream().anyMatch(d -> tr.targetSlots().contains(d.relation()))) {
      return true;
    }
    for (Dependency up : s.parents(i)) { // "providing communications capability to Ukraine"
      if (up.relation().equals("amod") && up.governor() >= 0 && s.token(i).pos().equals("VBG")
          && s.children(up.governor()).stream().anyMatch(d -> d.base().equals("nmod")
              && tr.targetSlots().contains("obl:" + d.subtype()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TRUCES = Set.of("ceasefire", "cease-fire", "truce", "armistice");

  private static boolean violatesTruce(Sentence s, int i, TriggerLexicon.Trigger tr) {
    if (!tr.verb() || !(tr.lemma().equals("violate") || tr.lemma().equals("break"))) {
      return false;
    }
    for (int o : s.children(i, "obj")) {
      if (TRUCES.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)) || s.children(o, "compound").stream()
          .anyMatch(c -> TRUCES.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sexual(Sentence s, int i) {
    return s.children(i).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("amod"))
        && s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("sexual"));
  }

  /**
   * The verbs that make a light noun an event (support verbs): talks are held, a deal is reached,
   * ties are established; "discussed the deal", "ties have been strained", "under the agreement"
   * report no such event. Verbs cutting or easing a relation are events of their own kind.
   */
  private static final java.util.Map<PloverType, Set<String>> SUPPORT_VERBS = java.util.Map.of(
      PloverType.CONSULT, Set.of("hold", "have", "open", "begin", "start", "resume", "conduct", "launch", "join",
          "attend", "host", "continue", "enter", "conclude", "wrap", "agree", "offer", "propose", "seek", "arrive",
          "travel", "fly"),
      PloverType.AGREE, Set.of("reach", "sign", "conclude", "strike", "seal", "clinch", "ink", "initial", "accept",
          "approve", "ratify", "finalize", "finalise", "forge", "secure", "agree", "broker", "hammer", "work",
          "endorse", "announce", "negotiate", "renew", "extend"),
      PloverType.SUPPORT, Set.of("establish", "restore", "resume", "upgrade", "normalize", "normalise", "improve",
          "strengthen", "forge", "develop", "expand", "boost", "deepen", "enhance", "renew", "reestablish",
          "re-establish"),
      PloverType.COOPERATE, Set.of("hold", "conduct", "stage", "launch", "begin", "start", "join", "carry",
          "undertake", "resume"));

  private static boolean supportVerb(PloverType type, Token governor) {
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    return SUPPORT_VERBS.getOrDefault(type, Set.of()).contains(lemma) || REDUCING_VERBS.contains(lemma)
        || EASING_VERBS.contains(lemma);
  }

  /**
   * A purpose infinitive of another event is what that event is for, not a second event: "will visit
   * Mauritania to mediate", "telephoned Kozyrev to discuss", "would blockade Paris to demand".
   */
  private boolean purposeOfEvent(Sentence s, int i) {
    if (!s.token(i).isVerb() || !isInfinitive(s, i)) {
      return false;
    }
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.base().equals("advcl")) {
        return trigger(s, d.governor()).isPresent();
      }
      if (d.governor() >= 0 && d.base().equals("xcomp")) {
        // "telephoned Biden to discuss the crisis"; but what one agrees, threatens, asks or refuses
        // to do is coded through that verb ("threatened to attack"), not dropped here
        Optional<TriggerLexicon.Trigger> g = trigger(s, d.governor());
        return g.isPresent() && !COMPLEMENT_TAKING.contains(g.get().type().plover());
      }
    }
    return false;
  }

  private static final Set<PloverType> COMPLEMENT_TAKING = Set.of(PloverType.AGREE, PloverType.THREATEN,
      PloverType.REQUEST, PloverType.REJECT, PloverType.ACCUSE);

  /**
   * A trigger in an "if" or "unless" clause is a condition, not something that happened: "Iran
   * threatened to close the strait if the United States imposed more sanctions".
   */
  private static boolean conditional(Sentence s, int i) {
    int cur = i;
    for (int level = 0; level < 3; level++) {
      for (int m : s.children(cur, "mark")) {
        String w = s.token(m).word().toLowerCase(Locale.ROOT);
        if (w.equals("if") || w.equals("unless")) {
          return true;
        }
      }
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("conj") || d.base().equals("xcomp")
            || s.token(cur).isNoun() && (d.base().equals("obj") || d.base().equals("obl")))) {
          up = d.governor(); // "if X attacked and seized", "if X decided to attack", "if X imposed sanctions"
        }
      }
      if (up == null) {
        return false;
      }
      cur = up;
    }
    return false;
  }

  /**
   * A participle describing what another event acts on is part of that thing, not an event: in
   * "Hungary blocked the EU's statement criticising China" the event is the blocking. When the
   * verb is no event ("the Council adopted a resolution condemning Israel"), the participle is.
   */
  private boolean describesObjectOfEvent(Sentence s, int i) {
    if (nounComplement(s, i)) {
      return true;
    }
    if (!s.token(i).pos().equals("VBG")) {
      return false;
    }
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.base().equals("acl") && s.token(d.governor()).isNoun()) {
        for (Dependency up : s.parents(d.governor())) {
          if (up.governor() >= 0 && (up.base().equals("obj") || up.base().startsWith("nsubj"))
              && s.token(up.governor()).isVerb() && trigger(s, up.governor()).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether an actor acts for no country: an intergovernmental body, or an actor without a code. */
  private static boolean stateless(Participant p, ArticleActors actors) {
    if (!(p instanceof Participant.Known k)) {
      return false;
    }
    String code = actors.actor(k.actorKey()).code();
    return code == null || code.equals("IGO");
  }

  /** The verb whose adverbial, complement or conjunct clause this verb heads, if any. */
  private static Integer clauseHead(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("advcl") || d.base().equals("xcomp") || d.base().equals("conj"))) {
        return d.governor();
      }
    }
    return null;
  }

  /** Perpetrators described but not identified: "gunmen", "a suicide bomber", "a roadside bombing". */
  private static final Set<String> ANONYMOUS_ATTACKERS = Set.of("gunman", "gunmen", "bomber", "attacker",
      "assailant", "militant", "insurgent", "terrorist", "kidnapper", "sniper", "rebel", "guerrilla", "guerilla",
      "fighter", "extremist", "jihadist", "raider", "bomb", "explosion", "blast", "bombing", "attack", "ambush",
      "rocket", "missile", "mortar", "shell", "grenade", "mine", "landmine", "device", "drone", "airstrike");

  private boolean anonymousAttacker(Sentence s, int t, ArticleActors actors) {
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
  private static Optional<Participant> locationCountry(Sentence s, int root, ArticleActors actors) {
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

  /**
   * A "that" clause completing a noun that an event is about is that noun's content, not a fact the
   * text asserts: "demanded an admission by Moscow that Soviet forces murdered ...", "rejected claims
   * that its troops shelled ...".
   */
  private boolean nounComplement(Sentence s, int i) {
    if (!s.token(i).isVerb()
        || s.children(i, "mark").stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("that"))) {
      return false;
    }
    for (Dependency d : s.parents(i)) {
      int noun = d.governor();
      if (noun < 0 || !s.token(noun).isNoun()) {
        continue;
      }
      if (trigger(s, noun).isPresent()) {
        return true;
      }
      for (Dependency up : s.parents(noun)) {
        if (up.governor() >= 0 && (up.base().equals("obj") || up.base().startsWith("nsubj"))
            && s.token(up.governor()).isVerb() && trigger(s, up.governor()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns that frame the event their modifier names: "a mediation effort", "an aid package". */
  private static final Set<String> FRAME_NOUNS = Set.of("effort", "mission", "bid", "attempt", "campaign",
      "operation", "process", "initiative", "drive", "programme", "program", "package", "plan", "proposal",
      "offer", "move", "round", "session");

  /**
   * A trigger noun that only classifies another noun names no event: "border patrol agents", "aid
   * workers", "attack helicopters", "protest leaders"; unless the head is itself an event or a
   * frame for one ("peace talks", "a mediation effort", "an aid package").
   */
  private boolean modifierOfNoun(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.relation().equals("compound") && s.token(d.governor()).isNoun()) {
        String head = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
        return !FRAME_NOUNS.contains(head) && lexicon.lookup(head, false).isEmpty();
      }
    }
    return false;
  }

  /** Prepositions that set an event as the circumstance of another: "since last month's invasion". */
  private static final Set<String> CIRCUMSTANCE_PREPS = Set.of("after", "before", "since", "following", "during",
      "amid", "despite", "until", "over", "prior_to", "ahead_of", "in_spite_of", "because_of", "due_to");

  /**
   * An event noun in a temporal or causal adjunct is background to the clause's own event: "granted
   * asylum since last month's invasion", "retook the village after fierce fighting", "protested over
   * the killing of ...", "allowed a rally after an agreement".
   */
  private boolean circumstance(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("obl") || d.base().equals("nmod"))
          && CIRCUMSTANCE_PREPS.contains(d.subtype())) {
        // only when what it qualifies is an event itself ("made the comments following a meeting"
        // reports the meeting)
        return trigger(s, d.governor()).isPresent();
      }
    }
    return false;
  }

  private static final Set<PloverType> SPEECH_ACTS = Set.of(PloverType.ACCUSE, PloverType.REQUEST,
      PloverType.REJECT, PloverType.AGREE, PloverType.SUPPORT);
  private static final Set<String> NOT_CONTENT = Set.of("conj", "parataxis", "advcl", "acl:relcl", "nsubj",
      "nsubj:pass", "csubj", "appos", "dep");

  /**
   * Whether a trigger is what another event's verb is about (CAMEO codes the speech act, not its
   * content): "blamed Israel for the bombing", "rejected an Australian ultimatum", "demanded a
   * meeting of the Security Council", "offered to hand over two suspects", "suing the US for
   * damages caused by a missile attack". Up to three steps up the argument chain.
   */
  private boolean contentOfSpeechAct(Sentence s, int i) {
    int cur = i;
    for (int level = 0; level < 3; level++) {
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        // "accused Turkey of violating", "blamed X for attacking": the charge, not an act of its own
        boolean charge = d.relation().equals("advcl:of") || d.relation().equals("advcl:for");
        if (d.governor() >= 0 && (charge || !NOT_CONTENT.contains(d.base()) && !NOT_CONTENT.contains(d.relation()))) {
          up = d.governor();
          break;
        }
      }
      if (up == null) {
        return false;
      }
      Token g = s.token(up);
      if (g.isVerb()) {
        Optional<TriggerLexicon.Trigger> tr = trigger(s, up);
        if (tr.isPresent() && SPEECH_ACTS.contains(tr.get().type().plover())) {
          return true;
        }
      } else if (g.isNoun() && !PLOT_NOUNS.contains(g.lemma().toLowerCase(Locale.ROOT))
          && lexicon.lookup(g.lemma().toLowerCase(Locale.ROOT), false).isPresent()) {
        return true; // what an event noun is about: "an agreement on reducing missiles", "the threat of sanctions"
      }
      cur = up;
    }
    return false;
  }

  /** Whether a trigger is what a demand asks for ("demanded that its partners refuse to ..."). */
  private static boolean demanded(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.base().equals("ccomp") && s.token(d.governor()).isVerb()
          && DEMAND_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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

  /** A verb cutting a relation its object names ("cancelled a visit"): the noun carries the event. */
  private boolean reducedRelation(Sentence s, int i) {
    Token t = s.token(i);
    if (t.isVerb() && t.lemma().equalsIgnoreCase("impose")) {
      // "imposed a curfew", "imposed sanctions on": the object says what was imposed
      for (int o : s.children(i, "obj")) {
        if (lexicon.lookup(s.token(o).lemma().toLowerCase(Locale.ROOT), false).isPresent()) {
          return true;
        }
      }
    }
    if (!t.isVerb() || !REDUCING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int o : s.children(i, "obj")) {
      Optional<TriggerLexicon.Trigger> tr = lexicon.lookup(s.token(o).lemma().toLowerCase(Locale.ROOT), false);
      if (tr.isPresent() && RELATIONS.contains(tr.get().type().plover())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reported obligation is a demand (CAMEO 10): in "Russia said Sudan must return a helicopter"
   * the speaker demands of the complement's subject; the complement's own verb is not an event.
   */
  private List<EventMention> reportedObligation(Sentence s, int i, LocalDate docDate, ArticleActors actors) {
    Token t = s.token(i);
    if (!t.isVerb() || s.children(i, "aux").stream().noneMatch(a -> s.token(a).word().equalsIgnoreCase("must"))) {
      return List.of();
    }
    Integer speech = null;
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.base().equals("ccomp") && s.token(d.governor()).isVerb()
          && SAY_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        speech = d.governor();
      }
    }
    if (speech == null) {
      return List.of();
    }
    List<Participant> sources = new ArrayList<>();
    for (int subj : subjectsOf(s, speech)) {
      sources.addAll(participants(s, subj, actors, false));
    }
    List<Participant> targets = new ArrayList<>();
    for (int subj : subjectsOf(s, i)) {
      targets.addAll(participants(s, subj, actors, true));
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return List.of();
    }
    Facts f = new Facts(s, i, date(s, speech, null, docDate, s.token(speech)), place(s, i, null, actors), 0.75,
        false, Modality.ASSERTED, attribution(s, i, actors));
    List<EventMention> out = new ArrayList<>();
    for (Participant src : sources) {
      for (Participant tgt : targets) {
        emit(out, RelationType.DEMANDED, src, tgt, f);
      }
    }
    return out;
  }

  /** Verbs whose coordinated subjects act on each other: "Turkey and Russia clashed over Syria". */
  private static final Set<String> RECIPROCAL = Set.of("clash", "fight", "battle", "skirmish");

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
          for (int subj : subjectsOf(s, i)) {
            hosts.addAll(participants(s, subj, actors, false));
          }
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
    List<EventMention> out = new ArrayList<>();
    for (Participant h : hosts) {
      for (Participant p : providers) {
        emit(out, RelationType.ADMITTED, h, p, f);
      }
    }
    return out;
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
        || d.relation().equals("nmod:of")) && PRESENCE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
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

  private static final Set<PloverType> COOPERATIVE = Set.of(PloverType.CONSULT, PloverType.SUPPORT,
      PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);
  private static final Set<PloverType> HOSTILE = Set.of(PloverType.SANCTION, PloverType.COERCE,
      PloverType.ASSAULT, PloverType.MOBILIZE, PloverType.PROTEST);
  private static final Set<PloverType> NEGATABLE_COOPERATION = Set.of(PloverType.AGREE, PloverType.CONCEDE,
      PloverType.AID, PloverType.SUPPORT, PloverType.COOPERATE);

  /**
   * CAMEO's coding of statements about acts rather than acts: a cooperative act only promised
   * ("will allow", "would meet", "is ready to contribute") is an agreement to act (AGREE, CAMEO
   * 03), unless it is conditional ("... unless X", a threat); a hostile act only announced ("will
   * blockade", "could halt") is a threat (CAMEO 13); a cooperative act denied ("will not accept",
   * "failed to reach agreement") is a rejection (CAMEO 12). Plots keep their own type.
   */
  private static RelationType recode(Sentence s, int i, RelationType type, Modality modality, boolean negated) {
    PloverType p = type.plover();
    if (negated) {
      return NEGATABLE_COOPERATION.contains(p) ? RelationType.REJECTED : type;
    }
    if (modality == Modality.ASSERTED || type == RelationType.PLOTTED_AGAINST) {
      return type;
    }
    boolean conditional = false;
    for (Dependency d : s.children(i)) {
      if (d.base().equals("advcl")) {
        for (int m : s.children(d.dependent(), "mark")) {
          conditional |= s.token(m).lemma().equalsIgnoreCase("unless");
        }
      }
    }
    if (HOSTILE.contains(p) || conditional && COOPERATIVE.contains(p)) {
      return RelationType.THREATENED;
    }
    return COOPERATIVE.contains(p) ? RelationType.AGREED_WITH : type;
  }

  /** What one trigger's mentions share besides their actors. */
  private record Facts(Sentence s, int trigger, String date, String place, double confidence,
      boolean negated, Modality modality, String attribution) {}

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

  private Optional<TriggerLexicon.Trigger> trigger(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.isVerb() && !t.isNoun() || t.ner().equals("DATE")) { // "last March"
      return Optional.empty();
    }
    boolean verb = t.isVerb() || actsAsVerb(s, i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (verb) {
      for (int prt : s.children(i, "compound:prt")) {
        Optional<TriggerLexicon.Trigger> withParticle =
            lexicon.lookup(lemma + " " + s.token(prt).word().toLowerCase(Locale.ROOT), true);
        if (withParticle.isPresent()) {
          return withParticle;
        }
      }
      for (Dependency d : s.children(i)) {
        if (d.base().equals("obl") && !d.subtype().isEmpty() && !s.token(d.dependent()).ner().equals("DATE")) {
          // "pulled out of" parses as obl:out_of, "called on" as obl:on ("called on Monday" is no "call on")
          String particle = d.subtype().split("_")[0];
          Optional<TriggerLexicon.Trigger> withPrep = lexicon.lookup(lemma + " " + particle, true);
          if (withPrep.isPresent()) {
            return withPrep;
          }
        }
      }
    }
    Optional<TriggerLexicon.Trigger> entry = lexicon.lookup(lemma, verb);
    return entry.isEmpty() && verb && !t.isVerb() ? lexicon.lookup(lemma, false) : entry;
  }

  /**
   * A word tagged as a noun that has a subject and an auxiliary is a verb the tagger missed ("they
   * would blockade Paris", "Iran will sanction ...").
   */
  private static boolean actsAsVerb(Sentence s, int i) {
    return s.token(i).isNoun() && !s.children(i, "nsubj").isEmpty()
        && s.children(i, "aux").stream().anyMatch(a -> s.token(a).pos().equals("MD"))
        && s.children(i, "cop").isEmpty();
  }

  /**
   * The actors a token stands for: a person named in apposition ("a top Iranian general, Qassim
   * Suleimani"), its mentions (several for "Hungarian and Romanian officials"), a role still looking
   * for its holder, or (for a non-actor noun) the country or organisation modifying it.
   */
  List<Participant> participants(Sentence s, int token, ArticleActors actors, boolean target) {
    if (premodifierOfCoordinatedTitle(s, token, actors)) {
      return List.of();
    }
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("appos")) {
        Optional<Mention> named = actors.mentionAt(s.index(), d.dependent());
        if (named.isPresent() && actors.actor(named.get().actorKey()).kind() == ActorKind.PERSON
            && !named.get().covers(token)) {
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
  private Optional<Participant> namedNext(Sentence s, int token, ArticleActors actors) {
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

  /**
   * Reported speech with a pronoun subject: in "Iraq said it would allow inspectors", "it" is
   * Iraq. The subject of the verb whose complement the trigger is (up to two levels up).
   */
  private List<Participant> reportingSubject(Sentence s, int i, ArticleActors actors) {
    List<Integer> subjects = subjectsOf(s, i);
    boolean pronounOrNone = subjects.stream().allMatch(t -> s.token(t).pos().startsWith("PRP"));
    if (!pronounOrNone) {
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

  private static final Set<String> NOT_PREDICATE = Set.of(
      "nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "obl:agent", "punct", "parataxis", "acl:relcl",
      "obl:according_to", "cc", "mark", "aux", "cop", "advmod", "obl:tmod", "nmod:tmod", "conj:and", "conj:or");

  /**
   * The actors nearest to a trigger in its predicate (breadth-first over objects, obliques and
   * complements, never into subjects, relative clauses or reported-speech frames), other than
   * {@code exclude}: the target of a trigger whose own slots hold no actor. With {@code skipVenues}, a
   * capital in an "in"/"at" phrase is where a meeting was held, not a party to it.
   */
  private List<Participant> nearestInPredicate(Sentence s, int root, ArticleActors actors, Set<Participant> exclude,
      boolean skipVenues) {
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
          next.add(d.dependent());
          if (skipVenues && placeOnly(s, d, actors)) {
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

  private static boolean placeOnly(Sentence s, Dependency d, ArticleActors actors) {
    String sub = d.subtype();
    if (!(sub.equals("in") || sub.equals("at"))) {
      return false;
    }
    Optional<Mention> m = actors.mentionAt(s.index(), d.dependent());
    return m.isPresent() && m.get().kind() == MentionKind.METONYM;
  }

  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "report", "announce", "tell", "claim", "state", "add", "confirm", "disclose", "allege",
      "write", "insist", "declare", "reveal", "quote");

  /**
   * Who asserts the event: the subject of the speech verb it is reported under ("sources have
   * said", "Iranian officials said", "The Times reported") or the complement of "according to".
   */
  private static String attribution(Sentence s, int i, ArticleActors actors) {
    int cur = i;
    for (int level = 0; level < 4; level++) {
      for (Dependency d : s.children(cur)) {
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return phrase(s, d.dependent(), actors);
        }
        if (d.base().equals("parataxis") && isSpeech(s, d.dependent())) {
          Optional<String> who = speaker(s, d.dependent(), actors);
          if (who.isPresent()) {
            return who.get();
          }
        }
      }
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("ccomp") || d.base().equals("parataxis")
            || d.base().equals("xcomp") || d.base().equals("conj") || d.base().equals("acl")
            || d.base().equals("obj") || d.base().equals("obl"))) {
          up = d.governor();
          break;
        }
      }
      if (up == null) {
        return null;
      }
      if (isSpeech(s, up)) {
        return speaker(s, up, actors).orElse(null);
      }
      cur = up;
    }
    return null;
  }

  private static boolean isSpeech(Sentence s, int t) {
    return s.token(t).isVerb() && SPEECH_VERBS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  private static Optional<String> speaker(Sentence s, int verb, ArticleActors actors) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        return Optional.of(phrase(s, d.dependent(), actors));
      }
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:per")
          || d.relation().equals("obl:per")) {
        return Optional.of(phrase(s, d.dependent(), actors));
      }
    }
    return Optional.empty();
  }

  /** An actor's name, else the noun phrase as written (determiners and modifiers included). */
  private static String phrase(Sentence s, int head, ArticleActors actors) {
    Optional<Mention> m = actors.mentionAt(s.index(), head);
    if (m.isPresent() && m.get().kind() != MentionKind.PRONOUN && m.get().kind() != MentionKind.NOMINAL) {
      return actors.actor(m.get().actorKey()).name();
    }
    int start = head;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (d.dependent() < head && (r.equals("det") || r.equals("amod") || r.equals("compound")
          || r.equals("nmod:poss") || r.equals("nummod"))) {
        start = Math.min(start, d.dependent());
      }
    }
    return s.span(start, head + 1);
  }

  /** The country or organisation that modifies a noun: "Iranian oil revenues", "Iran's plot". */
  private static Optional<Participant> ownerOf(Sentence s, int token, ArticleActors actors) {
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
   * The understood subject of a non-finite verb without one: "The Justice Department disclosed a
   * plot, charging a man", "Musk has played a key role in providing capability to Ukraine". The
   * subject of the nearest clause up the adverbial, adnominal or complement chain that has one; also
   * for a purpose infinitive ("dispatched inspectors to monitor the plant").
   */
  private List<Participant> controller(Sentence s, int i, ArticleActors actors) {
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
  private List<Participant> antecedentObject(Sentence s, int i, ArticleActors actors) {
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

  /** The verb (or adjectival predicate: "present on a call") a noun trigger is an argument of, if any. */
  private static Integer governingVerb(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (s.token(d.governor()).isVerb() || !s.children(d.governor(), "cop").isEmpty())
          && (d.base().equals("obj") || d.base().equals("obl") || d.base().startsWith("nsubj"))) {
        return d.governor();
      }
    }
    return null;
  }

  /** Whether a noun is the object or an oblique of a verb (not buried in another noun phrase). */
  private static boolean argumentOfVerb(Sentence s, int noun) {
    return s.parents(noun).stream().anyMatch(d -> d.governor() >= 0 && s.token(d.governor()).isVerb()
        && (d.base().equals("obj") || d.base().equals("obl")));
  }

  /** The noun an infinitival verb completes: "a plot to kill", "the plan to kill". */
  private static Integer nounGovernor(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && s.token(d.governor()).isNoun() && d.base().equals("acl")) {
        return d.governor();
      }
    }
    return null;
  }

  /** The verb whose complement clause this verb is: "threatened to sanction", "plans to meet". */
  private static Integer clauseGovernor(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("ccomp") && isInfinitive(s, i))) {
        return d.governor();
      }
    }
    return null;
  }

  private static boolean isInfinitive(Sentence s, int i) {
    return s.children(i, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
  }

  private static boolean isObjectOf(Sentence s, int noun, int verb) {
    return s.parents(noun).stream().anyMatch(d -> d.governor() == verb
        && (d.base().equals("obj") || d.base().equals("obl")));
  }

  /** Subjects of a verb, following xcomp/conj up when it has none of its own. */
  private static List<Integer> subjectsOf(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static boolean negated(Sentence s, int i, Integer governor) {
    for (int head : governor == null ? new int[] {i} : new int[] {i, governor}) {
      for (Dependency d : s.children(head)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if ((d.base().equals("advmod") || d.base().equals("det") || d.base().equals("neg"))
            && NEGATORS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasModal(Sentence s, int i) {
    return s.children(i, "aux").stream()
        .anyMatch(a -> HEDGING_MODALS.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean future(Sentence s, int i) {
    return s.children(i, "aux").stream().anyMatch(a -> {
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      return w.equals("will") || w.equals("shall") || w.equals("'ll");
    });
  }

  /** Tokens of the trigger's clause in breadth-first order, without entering other clauses. */
  private static List<Integer> clause(Sentence s, int root, int maxDepth) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {root, 0});
    seen.add(root);
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      out.add(cur[0]);
      if (cur[1] == maxDepth) {
        continue;
      }
      for (Dependency d : s.children(cur[0])) {
        if (!CLAUSAL.contains(d.relation()) && !CLAUSAL.contains(d.base()) && seen.add(d.dependent())) {
          queue.add(new int[] {d.dependent(), cur[1] + 1});
        }
      }
    }
    return out;
  }

  private static String date(Sentence s, int i, Integer governor, LocalDate docDate, Token trigger) {
    List<Integer> scope = new ArrayList<>(clause(s, i, 4));
    if (governor != null && !trigger.isVerb()) {
      for (Dependency d : s.children(governor)) {
        if (d.base().equals("obl") && !scope.contains(d.dependent())) {
          scope.add(d.dependent());
        }
      }
    }
    for (int t : scope) {
      Token tok = s.token(t);
      if (!tok.ner().equals("DATE")) {
        continue;
      }
      Optional<DayOfWeek> weekday = weekday(tok.word());
      if (weekday.isPresent() && docDate != null) {
        boolean future = future(s, trigger.isVerb() ? i : governor == null ? i : governor);
        return (future
            ? docDate.with(TemporalAdjusters.next(weekday.get()))
            : docDate.with(TemporalAdjusters.previousOrSame(weekday.get()))).toString();
      }
      String norm = tok.normalized();
      if (norm != null && norm.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        return norm;
      }
    }
    return null;
  }

  private static Optional<DayOfWeek> weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static String place(Sentence s, int i, Integer governor, ArticleActors actors) {
    List<Integer> roots = new ArrayList<>();
    roots.add(i);
    if (governor != null) {
      roots.add(governor);
      // "The meeting ... lasted an hour and was held at ...": the noun is subject of several verbs.
      for (Dependency d : s.parents(i)) {
        if (d.base().startsWith("nsubj") && d.governor() >= 0 && !roots.contains(d.governor())) {
          roots.add(d.governor());
        }
      }
    }
    for (int root : roots) {
      Set<Integer> reachedByInAt = new HashSet<>();
      for (int t : clause(s, root, 4)) {
        for (Dependency d : s.children(t)) {
          String sub = d.subtype();
          if ((sub.equals("in") || sub.equals("at")) && !CLAUSAL.contains(d.relation())) {
            reachedByInAt.add(d.dependent());
          }
        }
      }
      for (int t : clause(s, root, 4)) {
        if (!reachedByInAt.contains(t)) {
          continue;
        }
        for (int u : clause(s, t, 2)) {
          Token tok = s.token(u);
          Optional<Mention> m = actors.mentionAt(s.index(), u);
          boolean metonym = m.isPresent() && m.get().kind() == MentionKind.METONYM;
          if (PLACE_TAGS.contains(tok.ner()) || metonym) {
            return nerRun(s, u);
          }
        }
      }
    }
    return null;
  }

  /** The run of tokens sharing the entity tag of {@code t}: "New York". */
  private static String nerRun(Sentence s, int t) {
    String tag = s.token(t).ner();
    int a = t;
    int b = t + 1;
    while (a > 0 && s.token(a - 1).ner().equals(tag)) {
      a--;
    }
    while (b < s.tokens().size() && s.token(b).ner().equals(tag)) {
      b++;
    }
    return s.span(a, b);
  }
}
