package org.geokg.event;

import static org.geokg.event.EventWords.CIRCUMSTANCE_PREPS;
import static org.geokg.event.EventWords.EASING_VERBS;
import static org.geokg.event.EventWords.FRAME_NOUNS;
import static org.geokg.event.EventWords.PLOT_NOUNS;
import static org.geokg.event.EventWords.REDUCING_VERBS;
import static org.geokg.event.EventWords.RELATIONS;
import static org.geokg.event.Syntax.isInfinitive;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Whether a trigger word reports an event of its own where it stands, or only names one: what a
 * demand, a speech act or another event is about ("accused X of attacking"), an adjectival
 * participle, a condition, a purpose, a noun classifying another noun, a light noun without
 * its support verb, a trigger without the slot it needs. Immutable and thread-safe.
 */
final class TriggerFilter {

  private final TriggerLexicon lexicon;

  TriggerFilter(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether trigger {@code tr} at token {@code i} names no event of its own there; {@code governor}
   * is the verb a noun trigger is an argument of, or null.
   */
  boolean rejects(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor) {
    return demanded(s, i) || reducedRelation(s, i) || contentOfSpeechAct(s, i) || adjectivalParticiple(s, i)
        || !tr.verb() && (modifierOfNoun(s, i) || circumstance(s, i))
        || purposeOfEvent(s, i) || conditional(s, i) || describesObjectOfEvent(s, i)
        || tr.needsSlot() && !slotFilled(s, i, tr, governor) || mobilizesNoForce(s, i, tr)
        || tr.infinitive() && !objectToAct(s, i)
        || !tr.verb() && tr.light() && (governor == null || !supportVerb(tr.type().plover(), s.token(governor)));
  }

  /** Whether the object of verb {@code i} is the subject of an infinitive it governs: "ordered X to act". */
  private static boolean objectToAct(Sentence s, int i) {
    List<Integer> objects = s.children(i, "obj");
    for (int x : s.children(i, "xcomp")) {
      if (isInfinitive(s, x) && s.children(x, "nsubj").stream().anyMatch(objects::contains)) {
        return true;
      }
    }
    return false;
  }

  /** What a show of force moves: armed forces, police and their arms. */
  private static final Set<String> FORCES = Set.of("troop", "force", "army", "soldier", "reservist", "reserve",
      "police", "policeman", "officer", "navy", "warship", "ship", "vessel", "fleet", "tank", "unit", "battalion",
      "brigade", "division", "regiment", "militia", "militiaman", "fighter", "jet", "aircraft", "plane", "warplane",
      "bomber", "helicopter", "drone", "missile", "rocket", "artillery", "weapon", "personnel", "guard", "marine",
      "paratrooper", "commando", "armor", "armour", "vehicle", "submarine", "carrier", "battery", "system",
      "mercenary", "contingent", "peacekeeper", "gendarme", "military", "man");

  /**
   * A show of force (CAMEO 15) moves armed forces: "mobilized lobby groups", "deployed new
   * software", "massed signatures" show none. Without an object ("Russia mobilized") it stands.
   */
  private static boolean mobilizesNoForce(Sentence s, int i, TriggerLexicon.Trigger tr) {
    if (!tr.verb() || tr.type().plover() != PloverType.MOBILIZE) {
      return false;
    }
    List<Integer> objects = s.children(i, "obj");
    return !objects.isEmpty() && objects.stream()
        .noneMatch(o -> FORCES.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Verbs of demanding: what they introduce ("demanded that X end curbs") is asked, not done. */
  private static final Set<String> DEMAND_VERBS = Set.of(
      "demand", "urge", "ask", "insist", "request", "call", "press", "appeal", "pressure");

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
        Optional<TriggerLexicon.Trigger> tr = lexicon.at(s, up);
        // "ordered the assassination of X" is the act; "ordered X to leave" asks it of X
        if (tr.isPresent() && SPEECH_ACTS.contains(tr.get().type().plover())
            && !(tr.get().infinitive() && !objectToAct(s, up))) {
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

  /**
   * An adjectival participle names a state, not an act: "armed groups", "occupied territories"; one
   * naming its doer is the act ("soldiers abducted by Hezbollah", often parsed as an adjective).
   */
  private static boolean adjectivalParticiple(Sentence s, int i) {
    return s.token(i).pos().equals("VBN") && s.parents(i).stream().anyMatch(d -> d.relation().equals("amod"))
        && !namesItsDoer(s, i);
  }

  /** Whether a passive participle has its by-phrase: "backed by Rwanda", "abducted by Hezbollah". */
  static boolean namesItsDoer(Sentence s, int i) {
    return s.token(i).pos().equals("VBN")
        && (!s.children(i, "obl:agent").isEmpty() || !s.children(i, "obl:by").isEmpty());
  }

  /**
   * Whether a trigger sits in a clause that describes a participant rather than reports the news
   * ("Macedonia, which is preparing an offensive", "a helicopter that was captured last week",
   * "damages caused by a missile attack"); a plan's content ("a plot to kill") is not one.
   */
  static boolean inBackgroundClause(Sentence s, int i) {
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
        return lexicon.at(s, d.governor()).isPresent();
      }
    }
    return false;
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
        return lexicon.at(s, d.governor()).isPresent();
      }
      if (d.governor() >= 0 && d.base().equals("xcomp")) {
        // "telephoned Biden to discuss the crisis"; but what one agrees, threatens, asks or refuses
        // to do is coded through that verb ("threatened to attack"), not dropped here
        Optional<TriggerLexicon.Trigger> g = lexicon.at(s, d.governor());
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
              && s.token(up.governor()).isVerb() && lexicon.at(s, up.governor()).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
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
      if (lexicon.at(s, noun).isPresent()) {
        return true;
      }
      for (Dependency up : s.parents(noun)) {
        if (up.governor() >= 0 && (up.base().equals("obj") || up.base().startsWith("nsubj"))
            && s.token(up.governor()).isVerb() && lexicon.at(s, up.governor()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of a trigger's slots is filled, also through a gerund read as an adjective. */
  private static boolean slotFilled(Sentence s, int i, TriggerLexicon.Trigger tr, Integer governor) {
    if (s.children(i).stream().anyMatch(d -> tr.targetSlots().contains(d.relation()))) {
      return true;
    }
    if (!tr.verb() && governor != null && s.children(governor).stream() // "filed a lawsuit against X"
        .anyMatch(d -> d.relation().startsWith("obl") && tr.targetSlots().contains(d.relation()))) {
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

  /**
   * The verbs that make a light noun an event (support verbs): talks are held, a deal is reached,
   * ties are established; "discussed the deal", "ties have been strained", "under the agreement"
   * report no such event. Verbs cutting or easing a relation are events of their own kind.
   */
  private static final Map<PloverType, Set<String>> SUPPORT_VERBS = Map.of(
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
          "undertake", "resume"),
      PloverType.ASSAULT, Set.of("open"), // "opened fire on"
      PloverType.ACCUSE, Set.of("express", "voice", "raise", "reiterate", "air", "take")); // "voiced concern over", "took aim at"

  private static boolean supportVerb(PloverType type, Token governor) {
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    return SUPPORT_VERBS.getOrDefault(type, Set.of()).contains(lemma) || REDUCING_VERBS.contains(lemma)
        || EASING_VERBS.contains(lemma);
  }
}
