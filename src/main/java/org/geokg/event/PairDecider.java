package org.geokg.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Sentence;

/**
 * Finds the candidate pairs of an article ({@link PairCandidate}) and, with a {@link PairModel}, decides
 * which are events: the classifier reads what the rules found as one feature among others, so it
 * keeps the rules' events where they are reliable and finds events in sentences the rules miss. The
 * rules' mentions with a participant the classifier does not see (a role still unbound, no target)
 * and their negated or not asserted mentions stand as the rules made them.
 *
 * <p>Stateless after construction: thread-safe.
 */
final class PairDecider {

  /** More actors than this in one sentence (a list of delegations) are read as the nearest ones. */
  private static final int MAX_ACTORS = 8;

  private final PairFeatures features;

  PairDecider(PairFeatures features) {
    this.features = features;
  }

  /** Every candidate pair of the article, with its features, given the rules' mentions. */
  List<PairCandidate> candidates(AnnotatedText text, ArticleActors actors, List<EventMention> rules) {
    Map<String, Set<PloverType>> ruleTypes = new HashMap<>();
    for (EventMention m : rules) {
      if (m.source() instanceof Participant.Known s && m.target() instanceof Participant.Known t && !m.negated()
          && m.modality() == Modality.ASSERTED) {
        ruleTypes.computeIfAbsent(key(m.sentence(), s.actorKey(), t.actorKey()), k -> EnumSet.noneOf(PloverType.class))
            .add(m.type().plover());
      }
    }
    List<PairCandidate> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      Map<String, List<Mention>> byActor = new LinkedHashMap<>();
      for (Mention m : actors.mentionsIn(s.index())) {
        byActor.computeIfAbsent(m.actorKey(), k -> new ArrayList<>()).add(m);
      }
      if (byActor.size() < 2) {
        continue;
      }
      List<String> keys = new ArrayList<>(byActor.keySet());
      for (String a : keys.subList(0, Math.min(MAX_ACTORS, keys.size()))) {
        for (String b : keys.subList(0, Math.min(MAX_ACTORS, keys.size()))) {
          if (a.equals(b)) {
            continue;
          }
          nearest(byActor.get(a), byActor.get(b)).ifPresent(pair -> out.add(new PairCandidate(s.index(), pair[0],
              pair[1], features.of(s, pair[0], pair[1], actors,
                  ruleTypes.getOrDefault(key(s.index(), a, b), Set.of()),
                  ruleTypes.getOrDefault(key(s.index(), b, a), Set.of())))));
        }
      }
    }
    return out;
  }

  /** The closest pair of non-overlapping mentions, one of each list. */
  private static Optional<Mention[]> nearest(List<Mention> as, List<Mention> bs) {
    Mention[] best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Mention a : as) {
      for (Mention b : bs) {
        if (a.start() < b.end() && b.start() < a.end()) {
          continue; // one inside the other: "Iranian" in "the Iranian ambassador"
        }
        int gap = a.start() < b.start() ? b.start() - a.end() : a.start() - b.end();
        if (gap < bestGap) {
          bestGap = gap;
          best = new Mention[] {a, b};
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static String key(int sentence, String source, String target) {
    return sentence + "|" + source + "|" + target;
  }

  /**
   * The mentions to merge: the classifier's events at or above its threshold, and the rules' mentions
   * it does not decide (an unbound role, no target, a pair of no candidate, negated or not asserted).
   */
  List<EventMention> decide(AnnotatedText text, ArticleActors actors, List<EventMention> rules,
      List<PairCandidate> candidates, PairModel model, TriggerLexicon lexicon) {
    Set<String> candidatePairs = new HashSet<>();
    for (PairCandidate c : candidates) {
      candidatePairs.add(key(c.sentence(), c.source().actorKey(), c.target().actorKey()));
    }
    List<EventMention> out = new ArrayList<>();
    Map<String, EventMention> ruleByPair = new HashMap<>();
    Set<String> heldBack = new HashSet<>();
    for (EventMention m : rules) {
      if (m.source() instanceof Participant.Known s && m.target() instanceof Participant.Known t
          && candidatePairs.contains(key(m.sentence(), s.actorKey(), t.actorKey()))) {
        String k = key(m.sentence(), s.actorKey(), t.actorKey());
        if (m.negated() || m.modality() != Modality.ASSERTED) {
          out.add(m); // the rules' reading of negation and modality stands
          heldBack.add(k + "|" + m.type().plover());
        } else {
          ruleByPair.putIfAbsent(k + "|" + m.type().plover(), m);
        }
      } else {
        out.add(m);
      }
    }
    for (PairCandidate c : candidates) {
      for (PairModel.Decision d : model.events(c.features())) {
        String k = key(c.sentence(), c.source().actorKey(), c.target().actorKey()) + "|" + d.type();
        if (!heldBack.contains(k)) {
          out.add(mention(text, actors, c, d, ruleByPair.get(k), lexicon));
        }
      }
    }
    return out;
  }

  /** The mention of a decided event: the rules' own when they found it, with the model's confidence. */
  private static EventMention mention(AnnotatedText text, ArticleActors actors, PairCandidate c, PairModel.Decision d,
      EventMention rule, TriggerLexicon lexicon) {
    double p = Math.min(1, Math.max(0.001, Math.round(d.probability() * 1000) / 1000.0));
    Participant src = new Participant.Known(c.source().actorKey(), c.source().kind());
    Participant tgt = new Participant.Known(c.target().actorKey(), c.target().kind());
    if (rule != null) {
      return new EventMention(rule.type(), src, tgt, rule.sentence(), rule.trigger(), rule.date(), rule.place(), p,
          false, Modality.ASSERTED, rule.attribution());
    }
    Sentence s = text.sentences().get(c.sentence());
    int trigger = trigger(s, c, d.type(), lexicon);
    return new EventMention(relation(s, trigger, d.type(), lexicon), src, tgt, c.sentence(), trigger,
        EventSetting.date(s, trigger, null, text.documentDate(), s.token(trigger)),
        EventSetting.place(s, trigger, null, actors), p, false, Modality.ASSERTED,
        EventSetting.attribution(s, trigger, actors));
  }

  /** The word that most likely expresses the event: a lexicon word of its type between the two, else a verb. */
  private static int trigger(Sentence s, PairCandidate c, PloverType type, TriggerLexicon lexicon) {
    int from = Math.min(c.source().end(), c.target().end());
    int to = Math.max(c.source().start(), c.target().start());
    Integer verb = null;
    for (int i = from; i < to; i++) {
      var t = s.token(i);
      var hit = lexicon.lookup(t.lemma().toLowerCase(Locale.ROOT), t.isVerb());
      if (hit.isPresent() && hit.get().type().plover() == type) {
        return i;
      }
      if (verb == null && t.isVerb()) {
        verb = i;
      }
    }
    return verb != null ? verb : c.target().head();
  }

  /** The relation type of the lexicon word at the trigger when of the decided PLOVER type, else the type's general one. */
  private static RelationType relation(Sentence s, int trigger, PloverType type, TriggerLexicon lexicon) {
    var t = s.token(trigger);
    return lexicon.lookup(t.lemma().toLowerCase(Locale.ROOT), t.isVerb())
        .map(TriggerLexicon.Trigger::type)
        .filter(r -> r.plover() == type)
        .orElse(RelationType.general(type));
  }
}
