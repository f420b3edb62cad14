package org.geokg.event;

import java.util.Map;
import java.util.Set;

/** Closed word lists and groups of event types that several event rules share. */
final class EventWords {

  /** Nouns whose owner plans the act they complete: "a plot to kill X". */
  static final Set<String> PLOT_NOUNS = Set.of("plot", "plan", "conspiracy", "attempt", "scheme");

  /** Acts of violence that become {@code PLOTTED_AGAINST} when only planned. */
  static final Set<RelationType> VIOLENT = Set.of(RelationType.KILLED, RelationType.ASSASSINATED,
      RelationType.ATTACKED);

  /** Kinds of ongoing relation that can be cut short or cancelled ("suspended talks"). */
  static final Set<PloverType> RELATIONS = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.SUPPORT,
      PloverType.COOPERATE, PloverType.AID);

  /** Verbs that cut a relation short: "cancelled a planned visit", "suspended talks" (CAMEO 16). */
  static final Set<String> REDUCING_VERBS = Set.of(
      "cancel", "postpone", "suspend", "halt", "freeze", "cut", "end", "stop", "scrap", "sever", "downgrade");

  /** Verbs that ease sanctions: "lifted sanctions on Iran". */
  static final Set<String> EASING_VERBS = Set.of("lift", "ease", "remove", "relax", "suspend", "waive", "drop");

  /** Material and verbal conflict: announced rather than done, these are threats. */
  static final Set<PloverType> HOSTILE = Set.of(PloverType.SANCTION, PloverType.COERCE,
      PloverType.ASSAULT, PloverType.MOBILIZE, PloverType.PROTEST);

  /** Cooperation that, denied or refused, is a rejection (CAMEO 12). */
  static final Set<PloverType> NEGATABLE_COOPERATION = Set.of(PloverType.AGREE, PloverType.CONCEDE,
      PloverType.AID, PloverType.SUPPORT, PloverType.COOPERATE);

  /**
   * Wrongs that a speaker, saying someone did them, accuses them of (CAMEO 112): "said Iraq had
   * failed to account for its agents", "claims the minister siphoned off funds", "says he lied".
   */
  static final Set<String> WRONGS = Set.of("lie", "rig", "violate", "breach", "break", "undermine", "interfere",
      "meddle", "mislead", "steal", "siphon", "incite", "abuse", "cheat", "betray", "sabotage", "obstruct", "flout",
      "provoke", "destabilize", "destabilise", "harbor", "harbour", "persecute", "discriminate", "manipulate",
      "deceive", "smear", "fail", "orchestrate", "collude", "embezzle", "bribe", "falsify", "fabricate", "defraud",
      "damage", "commit");

  /** Modal auxiliaries of obligation, which a reported demand puts on its clause: "said X must leave". */
  static final Set<String> OBLIGING_AUX = Set.of("must", "should", "ought");

  /** Verbs whose infinitive says what their subject is obliged to do: "needed to take", "has to leave". */
  static final Set<String> OBLIGING_VERBS = Set.of("need", "have");

  /** Valence (VADER, -4 to +4) at or below which a word condemns what it is said of: "illegal", "pathetic". */
  static final double CONDEMNING = -1.5;

  /** Verbs that say what their object is: "called X a dictator", "described X as illegal". */
  static final Set<String> CHARACTERISING_VERBS = Set.of("call", "describe", "label", "brand", "term", "dub",
      "deem", "characterise", "characterize", "portray");

  /** Verbs that report what their complement says someone did, as a claim of the subject's own. */
  static final Set<String> CLAIMING_VERBS = Set.of("say", "state", "insist", "tell", "add", "stress", "argue",
      "claim", "allege", "comment", "complain", "assert", "maintain", "contend", "charge", "suggest", "note",
      "write", "conclude", "find", "believe", "declare");

  /** Prepositions that set an event as the circumstance of another: "since last month's invasion". */
  static final Set<String> CIRCUMSTANCE_PREPS = Set.of("after", "before", "since", "following", "during",
      "amid", "despite", "until", "over", "prior_to", "ahead_of", "in_spite_of", "because_of", "due_to");

  /** Nouns that frame the event their modifier names: "a mediation effort", "an aid package". */
  static final Set<String> FRAME_NOUNS = Set.of("effort", "mission", "bid", "attempt", "campaign",
      "operation", "process", "initiative", "drive", "programme", "program", "package", "plan", "proposal",
      "offer", "move", "round", "session");

  /** Verbs by which two sides do the same to each other: "exchanged fire", "traded insults". */
  static final Set<String> EXCHANGING_VERBS = Set.of("exchange", "trade");

  /** What two sides exchange when they fight in arms or in words: "exchanged fire", "traded insults". */
  static final Map<String, RelationType> EXCHANGED = Map.ofEntries(
      Map.entry("fire", RelationType.ATTACKED), Map.entry("gunfire", RelationType.ATTACKED),
      Map.entry("shot", RelationType.ATTACKED), Map.entry("shell", RelationType.ATTACKED),
      Map.entry("blow", RelationType.ATTACKED), Map.entry("rocket", RelationType.ATTACKED),
      Map.entry("missile", RelationType.ATTACKED), Map.entry("salvo", RelationType.ATTACKED),
      Map.entry("barrage", RelationType.ATTACKED), Map.entry("insult", RelationType.CRITICIZED),
      Map.entry("accusation", RelationType.CRITICIZED), Map.entry("barb", RelationType.CRITICIZED),
      Map.entry("blame", RelationType.CRITICIZED), Map.entry("recrimination", RelationType.CRITICIZED),
      Map.entry("jibe", RelationType.CRITICIZED), Map.entry("threat", RelationType.THREATENED));

  private EventWords() {}
}
