package org.geokg.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;

/**
 * Acts a definite noun takes up from what came before: in "Pompeo announced the shift on Monday.
 * Palestinian officials condemned the decision", the decision is Pompeo's, so condemning it accuses
 * him. News prose names the doer once and then refers to the act; analysts code the reaction as
 * aimed at the doer. Stateless and thread-safe.
 */
final class TakenUpActs {

  /** Nouns that name an act someone did, taken up by a determiner: "the decision", "this move". */
  private static final Set<String> ACT_NOUNS = Set.of("decision", "move", "step", "announcement", "shift",
      "plan", "policy", "attack", "strike", "crackdown", "killing", "arrest", "sanction", "ban", "measure",
      "order", "ruling", "remark", "comment", "statement", "action", "operation", "offensive", "invasion",
      "incursion", "raid", "annexation", "proposal", "recognition", "withdrawal", "deployment", "bombing",
      "verdict", "sentence", "expulsion", "detention", "launch", "test", "shooting", "execution", "bill",
      "legislation", "law", "resolution", "vote");

  /** Determiners that take up what the text has already named. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");

  private TakenUpActs() {}

  /**
   * Whether {@code noun} is an act named before: an act noun with a definite determiner and no
   * owner of its own (no possessor, no actor as modifier, no "of", "by" or "against" phrase): "the
   * recent launch", not "the Israeli strikes".
   */
  static boolean takesUpAnAct(Sentence s, int noun, ArticleActors actors) {
    if (!s.token(noun).isNoun() || !ACT_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean definite = false;
    for (Dependency d : s.children(noun)) {
      String rel = d.relation();
      if (rel.equals("det") && DEFINITE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        definite = true;
      } else if (rel.equals("nmod:poss") || rel.equals("nmod:of") || rel.equals("nmod:by")
          || rel.equals("nmod:against") || rel.equals("acl") || rel.equals("acl:relcl")
          || (rel.equals("amod") || rel.equals("compound")) && actors.mentionAt(s.index(), d.dependent()).isPresent()) {
        return false; // "Russia's decision", "the Israeli strikes", "the decision by Washington": named here
      }
    }
    return definite;
  }

  /** How far back the doer of an act taken up is looked for, along reactions to it. */
  private static final int SENTENCES_BACK = 3;

  /**
   * Who did the act a noun at {@code token} of {@code sentence} takes up: the actors that are
   * subjects of the clauses before it in its own sentence, else those of the sentence before (of its
   * main clause first; its first actor before a verb when it is unparsed), or further back when that
   * sentence only reacts to an act it takes up too ("The move was welcomed by X. Y condemned the
   * decision"). Subjects of the verbs {@code onlyReacts} accepts (speaking of an act, reacting to
   * it) did not do it.
   */
  static List<Participant> doers(AnnotatedText text, ArticleActors actors, int sentence, int token,
      BiPredicate<Sentence, Integer> onlyReacts) {
    Set<Participant> out = new LinkedHashSet<>(subjects(text.sentences().get(sentence), actors, token, onlyReacts));
    for (int k = sentence - 1; out.isEmpty() && k >= 0 && sentence - k <= SENTENCES_BACK; k--) {
      Sentence before = text.sentences().get(k);
      out.addAll(before.dependencies().isEmpty() ? firstActor(before, actors) : mainSubjects(before, actors, onlyReacts));
      if (out.isEmpty()) {
        out.addAll(subjects(before, actors, before.tokens().size(), onlyReacts));
      }
      if (out.isEmpty() && !mentionsAnAct(before, actors)) {
        break; // further back only along sentences that react to the same act
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The actors that are subjects (or passive agents) of the sentence's main clause and the clauses
   * coordinated with it: in "Israeli warplanes struck X after the group fired rockets", the
   * warplanes' country, not the group.
   */
  private static List<Participant> mainSubjects(Sentence s, ArticleActors actors, BiPredicate<Sentence, Integer> onlyReacts) {
    List<Integer> main = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        main.add(d.dependent());
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.base().equals("conj") && main.contains(d.governor())) {
        main.add(d.dependent());
      }
    }
    List<Participant> out = new ArrayList<>();
    for (int verb : main) {
      if (onlyReacts.test(s, verb)) {
        continue;
      }
      for (Dependency d : s.children(verb)) {
        if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")) {
          for (Mention m : actors.mentionsAt(s.index(), d.dependent())) {
            out.add(new Participant.Known(m.actorKey(), m.kind()));
          }
        }
      }
    }
    return out;
  }

  /** The actors that are subjects (or passive agents) of the clauses before token {@code end}. */
  private static List<Participant> subjects(Sentence s, ArticleActors actors, int end,
      BiPredicate<Sentence, Integer> onlyReacts) {
    List<Participant> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() >= 0 && d.governor() < end && d.dependent() < end
          && (d.relation().equals("nsubj") || d.relation().equals("obl:agent"))
          && !onlyReacts.test(s, d.governor())) {
        for (Mention m : actors.mentionsAt(s.index(), d.dependent())) {
          out.add(new Participant.Known(m.actorKey(), m.kind()));
        }
      }
    }
    return out;
  }

  private static boolean mentionsAnAct(Sentence s, ArticleActors actors) {
    for (int k = 0; k < s.tokens().size(); k++) {
      if (takesUpAnAct(s, k, actors)) {
        return true;
      }
    }
    return false;
  }

  /** In an unparsed sentence, the first actor named before its first verb, where a subject stands. */
  private static List<Participant> firstActor(Sentence s, ArticleActors actors) {
    for (int k = 0; k < s.tokens().size() && !s.token(k).isVerb(); k++) {
      List<Mention> ms = actors.mentionsAt(s.index(), k);
      if (!ms.isEmpty()) {
        return List.of(new Participant.Known(ms.get(0).actorKey(), ms.get(0).kind()));
      }
    }
    return List.of();
  }
}
