package org.geokg.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * The features of a candidate event, an ordered pair of actor mentions in one sentence (source,
 * target), that the event classifier ({@link PairModel}) reads: what kinds of actors, in which order
 * and how far apart; the words between and around them; what the field's CAMEO verb dictionary and
 * geokg's trigger lexicon say those words express; what the rules found for the pair; negation,
 * modality and question cues; and, when the sentence is parsed, the dependency path between the two.
 * The same code computes them for training and for ingest.
 *
 * <p>Stateless after construction: thread-safe.
 */
final class PairFeatures {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "deny", "without");
  private static final Set<String> HEDGES = Set.of("if", "whether", "could", "might", "may", "would", "will",
      "should", "plan", "propose", "consider", "expect", "threaten", "seek", "want", "hope", "urge", "possible");
  private static final int WINDOW = 3;
  private static final int MAX_PATH = 6;

  private final CameoVerbs cameo;
  private final TriggerLexicon lexicon;

  PairFeatures(CameoVerbs cameo, TriggerLexicon lexicon) {
    this.cameo = cameo;
    this.lexicon = lexicon;
  }

  /**
   * The features of {@code source} acting on {@code target} in {@code s}; {@code ruleTypes} and {@code
   * reverseRuleTypes} are the PLOVER types the rules found for this pair in this order and in the other.
   */
  List<String> of(Sentence s, Mention source, Mention target, ArticleActors actors, Set<PloverType> ruleTypes,
      Set<PloverType> reverseRuleTypes) {
    Set<String> f = new LinkedHashSet<>();
    f.add("BIAS");
    Actor a = actors.actor(source.actorKey());
    Actor b = actors.actor(target.actorKey());
    boolean forward = source.start() < target.start();
    String ord = forward ? "ST" : "TS";
    f.add("ord=" + ord);
    f.add("sk=" + a.kind());
    f.add("tk=" + b.kind());
    f.add("kinds=" + a.kind() + ">" + b.kind());
    f.add("smk=" + source.kind());
    f.add("tmk=" + target.kind());
    if (a.code() == null || b.code() == null) {
      f.add(a.code() == null ? "nocode:s" : "nocode:t");
    } else if (a.code().equals(b.code())) {
      f.add("samecode");
    }
    if (a.sector() != null) {
      f.add("ss=" + a.sector());
    }
    if (b.sector() != null) {
      f.add("ts=" + b.sector());
    }
    Mention first = forward ? source : target;
    Mention second = forward ? target : source;
    int gap = Math.max(0, second.start() - first.end());
    f.add("dist=" + (gap <= 2 ? "0-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : gap <= 20 ? "11-20" : "21+"));

    String firstVerb = null;
    for (int i = first.end(); i < second.start(); i++) {
      Token t = s.token(i);
      String l = lemma(t);
      if (t.isVerb()) {
        f.add("bv:" + l);
        f.add("bvo:" + l + "|" + ord);
        if (firstVerb == null) {
          firstVerb = l;
          f.add("fv:" + l + "|" + ord);
        }
        dictionary(s, i, "b", f);
      } else if (t.isNoun() || t.pos().startsWith("JJ")) {
        f.add("bn:" + l);
        dictionary(s, i, "b", f);
      } else if (t.pos().equals("IN") || t.pos().equals("TO")) {
        f.add("bp:" + l);
      }
      if (l.equals("say") || l.equals("tell")) {
        f.add("say-between");
      }
    }
    if (gap == 0) {
      f.add("adjacent");
    }
    for (int i = Math.max(0, first.start() - WINDOW); i < first.start(); i++) {
      window(s, i, "l", f);
    }
    for (int i = second.end(); i < Math.min(s.tokens().size(), second.end() + WINDOW + 2); i++) {
      window(s, i, "r", f);
    }
    preposition(s, target, "tp", f);
    preposition(s, source, "sp", f);
    if (source.start() > 0 && s.token(source.start() - 1).lemma().equalsIgnoreCase("by")) {
      f.add("by-source");
    }
    if (target.end() < s.tokens().size() && s.token(target.end()).word().equals("'s")) {
      f.add("t-possessor");
    }
    if (source.end() < s.tokens().size() && s.token(source.end()).word().equals("'s")) {
      f.add("s-possessor");
    }
    for (PloverType t : ruleTypes) {
      f.add(PairModel.RULE_FEATURE + t);
      f.add("rule");
    }
    for (PloverType t : reverseRuleTypes) {
      f.add("rrule:" + t);
    }
    cues(s, first, second, f);
    if (!s.dependencies().isEmpty()) {
      path(s, source.head(), target.head(), f);
    } else {
      f.add("unparsed");
    }
    return new ArrayList<>(f);
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private void window(Sentence s, int i, String side, Set<String> f) {
    Token t = s.token(i);
    if (t.isVerb() || t.isNoun()) {
      f.add(side + ":" + lemma(t));
      dictionary(s, i, side, f);
    }
  }

  /** What the CAMEO verb dictionary and the trigger lexicon say word {@code i} expresses. */
  private void dictionary(Sentence s, int i, String side, Set<String> f) {
    Token t = s.token(i);
    String l = lemma(t);
    lexicon.lookup(l, t.isVerb()).ifPresent(tr -> f.add("lx:" + tr.type().plover() + "|" + side));
    if (!t.isVerb()) {
      return;
    }
    cameo.lookup(l).ifPresent(e -> {
      if (e.type() != null) {
        f.add("cv:" + e.type() + "|" + side);
      }
      for (int j = i + 1; j < Math.min(s.tokens().size(), i + 6); j++) {
        String w = s.token(j).word().toLowerCase(Locale.ROOT);
        String wl = lemma(s.token(j));
        for (CameoVerbs.ObjectPattern p : e.patterns()) {
          if (p.word().equals(w) || p.word().equals(wl)) {
            f.add("cp:" + p.type() + "|" + side);
          }
        }
      }
    });
  }

  private static void preposition(Sentence s, Mention m, String name, Set<String> f) {
    int i = m.start() - 1;
    while (i >= 0 && (s.token(i).pos().equals("DT") || s.token(i).pos().equals("JJ"))) {
      i--;
    }
    if (i >= 0 && (s.token(i).pos().equals("IN") || s.token(i).pos().equals("TO"))) {
      f.add(name + ":" + lemma(s.token(i)));
    }
  }

  private static void cues(Sentence s, Mention first, Mention second, Set<String> f) {
    int from = Math.max(0, first.start() - 4);
    int to = Math.min(s.tokens().size(), second.end() + 2);
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      String l = lemma(t);
      if (NEGATIONS.contains(l)) {
        f.add("neg");
      }
      if (HEDGES.contains(l) || t.pos().equals("MD")) {
        f.add("hedge:" + l);
        f.add("hedge");
      }
    }
    String text = s.text().strip();
    if (text.endsWith("?")) {
      f.add("question");
    }
    if (text.contains("\u201c") || text.contains("\"")) {
      f.add("quote");
    }
  }

  /** The dependency path between the two heads: its relations, its words, and the word at its top. */
  private void path(Sentence s, int from, int to, Set<String> f) {
    Map<Integer, List<int[]>> adjacent = new HashMap<>();
    List<Dependency> deps = s.dependencies();
    for (int k = 0; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() < 0) {
        continue;
      }
      // int[]{neighbour, direction (1 up from the dependent, 0 down), dependency index}
      adjacent.computeIfAbsent(d.dependent(), x -> new ArrayList<>()).add(new int[] {d.governor(), 1, k});
      adjacent.computeIfAbsent(d.governor(), x -> new ArrayList<>()).add(new int[] {d.dependent(), 0, k});
    }
    Map<Integer, int[]> previous = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    previous.put(from, null);
    while (!queue.isEmpty() && !previous.containsKey(to)) {
      int n = queue.poll();
      for (int[] e : adjacent.getOrDefault(n, List.of())) {
        if (!previous.containsKey(e[0])) {
          previous.put(e[0], new int[] {n, e[1], e[2]});
          queue.add(e[0]);
        }
      }
    }
    if (!previous.containsKey(to)) {
      f.add("nopath");
      return;
    }
    List<String> steps = new ArrayList<>();
    List<Integer> nodes = new ArrayList<>();
    for (int n = to; previous.get(n) != null; n = previous.get(n)[0]) {
      int[] p = previous.get(n);
      Dependency d = s.dependencies().get(p[2]);
      steps.add(0, (p[1] == 1 ? "^" : "v") + d.relation());
      nodes.add(0, n);
    }
    nodes.remove(nodes.size() - 1); // the target itself
    if (steps.size() > MAX_PATH) {
      f.add("longpath");
      return;
    }
    f.add("sr:" + steps.get(0));
    f.add("tr:" + steps.get(steps.size() - 1));
    f.add("rels:" + String.join(" ", steps));
    top(s, steps, nodes, f);
    StringBuilder lexical = new StringBuilder(steps.get(0));
    for (int k = 0; k < nodes.size(); k++) {
      Token t = s.token(nodes.get(k));
      String l = lemma(t);
      lexical.append(' ').append(l).append(' ').append(steps.get(k + 1));
      f.add("pw:" + l);
      if (t.isVerb() || t.isNoun()) {
        f.add("pws:" + l + "|" + steps.get(0) + "|" + steps.get(steps.size() - 1));
        dictionary(s, nodes.get(k), "p", f);
      }
    }
    f.add("path:" + lexical);
  }

  /**
   * The word at the top of the path (where it turns from going up to going down) and the relations
   * that link it to each side: "X attacked Y" is {@code attack} with {@code nsubj} and {@code obj}, the
   * shape event coders read; with what the dictionaries say that word expresses.
   */
  private void top(Sentence s, List<String> steps, List<Integer> nodes, Set<String> f) {
    int turn = 0;
    while (turn < steps.size() && steps.get(turn).startsWith("^")) {
      turn++;
    }
    // steps[0..turn) go up; the top is the node reached after the last up step
    if (turn == 0 || turn == steps.size()) {
      // one mention governs the other: "Y's attack on X", "X's ambassador to Y"
      f.add(turn == 0 ? "top:source-governs" : "top:target-governs");
      return;
    }
    String up = steps.get(turn - 1).substring(1);
    String down = steps.get(turn).substring(1);
    Token t = s.token(nodes.get(turn - 1));
    String l = lemma(t);
    String roles = up + "|" + down;
    f.add("topr:" + roles);
    f.add("topw:" + l + "|" + roles);
    f.add("top:" + l);
    Set<String> types = new LinkedHashSet<>();
    lexicon.lookup(l, t.isVerb()).ifPresent(tr -> types.add(tr.type().plover().name()));
    if (t.isVerb()) {
      cameo.lookup(l).map(CameoVerbs.Entry::type).ifPresent(x -> types.add(x.name()));
    }
    for (String type : types) {
      f.add("topt:" + type + "|" + roles);
      f.add("topt:" + type);
    }
  }
}
