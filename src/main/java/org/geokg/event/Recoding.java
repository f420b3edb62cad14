package org.geokg.event;

import static org.geokg.event.EventWords.HOSTILE;
import static org.geokg.event.EventWords.NEGATABLE_COOPERATION;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;

/**
 * Rules that change a trigger's relation type by its context (a violated truce is fighting, a
 * labour strike a protest, handed-over hostages a release), and CAMEO's coding of acts that are
 * only promised, threatened or denied ({@link #recode}). Immutable and thread-safe.
 */
final class Recoding {

  private final TriggerLexicon lexicon;

  Recoding(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The relation type trigger {@code tr} at token {@code i} codes in its context. */
  RelationType refine(Sentence s, int i, TriggerLexicon.Trigger tr) {
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
    if (tr.verb() && tr.lemma().equals("welcome") && !s.children(i, "obl:to").isEmpty()
        && !s.children(i, "obj").isEmpty()) {
      type = RelationType.HOSTED; // "welcomed Erdogan to the White House": a visit received (CAMEO 043)
    }
    if (PROMISES.contains(tr.lemma()) && tr.verb() && promisesMoney(s, i)) {
      type = RelationType.AIDED; // "pledged $2 billion in aid to Ukraine": giving aid (CAMEO 07)
    }
    if (PROMISES.contains(tr.lemma()) && tr.verb() && hostileComplement(s, i)) {
      type = RelationType.THREATENED; // "vowed to retaliate", "promised to crush the rebels"
    }
    if (DISMISSALS.contains(tr.lemma()) && tr.verb() && dismissesAPerson(s, i)) {
      type = RelationType.COERCED; // "fired the governor", "dismissed his defence minister": removal from office
    }
    if (type.plover() == PloverType.COERCE && sexual(s, i)) {
      type = RelationType.ATTACKED; // "sexually abused": sexual violence is an assault (CAMEO 1821)
    }
    return type;
  }

  /** What is given as aid: money, its amounts and the words for aid itself. */
  private static final Set<String> AID_WORDS = Set.of("$", "€", "£", "dollar", "euro", "pound", "yen", "million",
      "billion", "aid", "assistance", "loan", "grant", "fund", "funding", "weapon", "arms", "ammunition");

  /** Whether verb {@code i} pledges or offers aid: its object, or a word on it, names money or aid. */
  private static boolean promisesMoney(Sentence s, int i) {
    for (int o : s.children(i, "obj")) {
      if (AID_WORDS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)) || s.children(o).stream()
          .anyMatch(d -> AID_WORDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
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

  private static final Set<String> STRIKE_KINDS = Set.of("general", "hunger", "labour", "labor", "national",
      "nationwide", "worker", "teacher", "union", "day", "week", "transport", "rail");

  private static boolean labourStrike(Sentence s, int i) {
    boolean onStrike = s.children(i, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("on"))
        && s.children(i, "det").isEmpty();
    return onStrike || s.children(i).stream().anyMatch(d -> (d.base().equals("amod") || d.base().equals("compound"))
        && STRIKE_KINDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> HELD_PEOPLE = Set.of("hostage", "prisoner", "detainee", "captive", "body",
      "remains", "soldier", "pow");

  private static boolean handsOverPeople(Sentence s, int i) {
    return s.children(i, "obj").stream()
        .anyMatch(o -> HELD_PEOPLE.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> DEMAND_NOUNS = Set.of("demand", "condition", "term", "ultimatum", "request");

  private static boolean acceptsDemands(Sentence s, int i) {
    return s.children(i, "obj").stream()
        .anyMatch(o -> DEMAND_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> PROMISES = Set.of("vow", "swear", "pledge", "promise");

  /** Verbs that remove a person from office when their object is one ("fire", "dismiss"). */
  private static final Set<String> DISMISSALS = Set.of("fire", "dismiss");

  /** Nouns of office or of people holding one, that a dismissal removes. */
  private static final Set<String> OFFICE_HOLDERS = Set.of("minister", "governor", "chief", "head", "commander",
      "general", "director", "official", "aide", "adviser", "advisor", "secretary", "ambassador", "judge",
      "prosecutor", "president", "premier", "mayor", "cabinet", "government", "staff", "officer");

  private static boolean dismissesAPerson(Sentence s, int i) {
    return s.children(i, "obj").stream().anyMatch(o -> {
      String ner = s.token(o).ner();
      return ner.equals("PERSON") || ner.equals("TITLE")
          || OFFICE_HOLDERS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT));
    });
  }

  private boolean hostileComplement(Sentence s, int i) {
    for (int x : s.children(i, "xcomp")) {
      Optional<TriggerLexicon.Trigger> t = lexicon.at(s, x);
      if (t.isPresent()
          && (HOSTILE.contains(t.get().type().plover()) || t.get().type().plover() == PloverType.THREATEN)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sexual(Sentence s, int i) {
    return s.children(i).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("amod"))
        && s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("sexual"));
  }

  private static final Set<PloverType> COOPERATIVE = Set.of(PloverType.CONSULT, PloverType.SUPPORT,
      PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);

  /**
   * CAMEO's coding of statements about acts rather than acts: a cooperative act only promised
   * ("will allow", "would meet", "is ready to contribute") is an agreement to act (AGREE, CAMEO
   * 03), unless it is conditional ("... unless X", a threat); a hostile act only announced ("will
   * blockade", "could halt") is a threat (CAMEO 13); a cooperative act denied ("will not accept",
   * "failed to reach agreement") is a rejection (CAMEO 12). Plots keep their own type.
   */
  static RelationType recode(Sentence s, int i, RelationType type, Modality modality, boolean negated) {
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
}
