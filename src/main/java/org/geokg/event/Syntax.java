package org.geokg.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Reading clauses off a dependency parse: the tokens of a trigger's clause, its subjects, the verb
 * that governs it, and the words that negate it or hedge it. Static functions of a {@link Sentence};
 * thread-safe.
 */
final class Syntax {

  private Syntax() {}

  /** Relations that open another clause: a trigger's clause stops at them. */
  static final Set<String> CLAUSAL = Set.of(
      "ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "dep", "conj", "xcomp", "acl", "appos");

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  private static final Set<String> HEDGING_MODALS = Set.of("could", "may", "might", "would", "should");

  /** Tokens of the trigger's clause in breadth-first order, without entering other clauses. */
  static List<Integer> clause(Sentence s, int root, int maxDepth) {
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

  /** Subjects of a verb, following xcomp/conj up when it has none of its own. */
  static List<Integer> subjectsOf(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    if (headlinePassive(s, verb)) {
      return out; // its subject is what the act was done to
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Verbs that always take an object, so that one with a subject and none is a passive. */
  private static final Set<String> ALWAYS_TRANSITIVE = Set.of("kill", "wound", "injure", "maim", "arrest", "detain",
      "abduct", "kidnap", "jail", "imprison", "execute", "sentence", "convict", "deport", "assassinate", "behead",
      "torture");

  /**
   * Whether a verb is a headline's passive, its auxiliary left out: "Two Israelis killed and a dozen
   * wounded in two bombings", "Former minister sentenced to ten years". The parser reads the subject
   * as the doer; a verb that always takes an object, with a subject, no object and no auxiliary, was
   * done to that subject.
   */
  static boolean headlinePassive(Sentence s, int verb) {
    Token t = s.token(verb);
    if (!(t.pos().equals("VBN") || t.pos().equals("VBD"))
        || !ALWAYS_TRANSITIVE.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean subject = false;
    for (Dependency d : s.children(verb)) {
      String b = d.base();
      if (b.equals("obj") || b.equals("iobj") || b.equals("ccomp") || b.equals("xcomp") || b.equals("aux")
          || b.equals("expl") || d.relation().equals("nsubj:pass")) {
        return false;
      }
      subject |= d.relation().equals("nsubj");
    }
    return subject;
  }

  static boolean isInfinitive(Sentence s, int i) {
    return s.children(i, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
  }

  static boolean isObjectOf(Sentence s, int noun, int verb) {
    return s.parents(noun).stream().anyMatch(d -> d.governor() == verb
        && (d.base().equals("obj") || d.base().equals("obl")));
  }

  /** The verb (or adjectival predicate: "present on a call") a noun trigger is an argument of, if any. */
  static Integer governingVerb(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (s.token(d.governor()).isVerb() || !s.children(d.governor(), "cop").isEmpty())
          && (d.base().equals("obj") || d.base().equals("obl") || d.base().startsWith("nsubj"))) {
        return d.governor();
      }
    }
    return null;
  }

  /** The verb whose complement clause this verb is: "threatened to sanction", "plans to meet". */
  static Integer clauseGovernor(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("ccomp") && isInfinitive(s, i)
          || d.base().equals("advcl") && strandedParticle(s, i) != null)) {
        return d.governor();
      }
    }
    return null;
  }

  /**
   * The noun whose infinitive this verb completes: "plan" of "the US plan to invade Iraq", "bid" of
   * "a bid to oust the president". Null when the verb completes no noun.
   */
  static Integer nounOfInfinitive(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && d.base().equals("acl") && s.token(d.governor()).isNoun() && isInfinitive(s, i)) {
        return d.governor();
      }
    }
    return null;
  }

  /**
   * The preposition of a phrasal verb the parser hung on the verb's infinitive clause instead:
   * "calls on China to release X" parses as advcl(calls, release) with mark(release, on) and China as
   * the subject of "release". Null for other clauses. The clause's subject is the verb's object.
   */
  static String strandedParticle(Sentence s, int clause) {
    String particle = null;
    boolean infinitive = false;
    for (int m : s.children(clause, "mark")) {
      String w = s.token(m).word().toLowerCase(Locale.ROOT);
      if (w.equals("to")) {
        infinitive = true;
      } else if (s.token(m).pos().equals("IN") && m < clause) {
        particle = w;
      }
    }
    return infinitive ? particle : null;
  }

  /** The verb whose adverbial, complement or conjunct clause this verb heads, if any. */
  static Integer clauseHead(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && (d.base().equals("advcl") || d.base().equals("xcomp") || d.base().equals("conj"))) {
        return d.governor();
      }
    }
    return null;
  }

  /** The noun an infinitival verb completes: "a plot to kill", "the plan to kill". */
  static Integer nounGovernor(Sentence s, int i) {
    for (Dependency d : s.parents(i)) {
      if (d.governor() >= 0 && s.token(d.governor()).isNoun() && d.base().equals("acl")) {
        return d.governor();
      }
    }
    return null;
  }

  /** Whether a noun is the object or an oblique of a verb (not buried in another noun phrase). */
  static boolean argumentOfVerb(Sentence s, int noun) {
    return s.parents(noun).stream().anyMatch(d -> d.governor() >= 0 && s.token(d.governor()).isVerb()
        && (d.base().equals("obj") || d.base().equals("obl")));
  }

  static boolean negated(Sentence s, int i, Integer governor) {
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

  static boolean hasModal(Sentence s, int i) {
    return s.children(i, "aux").stream()
        .anyMatch(a -> HEDGING_MODALS.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
  }

  static boolean future(Sentence s, int i) {
    return s.children(i, "aux").stream().anyMatch(a -> {
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      return w.equals("will") || w.equals("shall") || w.equals("'ll");
    });
  }
}
