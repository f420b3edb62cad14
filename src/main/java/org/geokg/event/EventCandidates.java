package org.geokg.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.nlp.ParseSelector;
import org.geokg.nlp.Token;

/**
 * The sentences worth a dependency parse for event and role extraction: those with a verb or noun
 * of the trigger lexicon (or a verb that opens a multi-word trigger, "pull" of "pull out"), a verb of
 * a wrong someone may be said to have done ({@link EventWords#WRONGS}), a verb that calls something
 * what it is ({@link EventWords#CHARACTERISING_VERBS}), a modal of obligation (a reported demand:
 * "said X must leave"), a verb of saying with a strongly negative word (a reported judgement: "said
 * X was delinquent"), or with a job title. {@link EventExtractor} starts every relation from such a
 * trigger and the role finder every role from a title, so the other sentences yield the same events
 * unparsed; skipping them saves most of the parser's time on news text. Immutable and thread-safe.
 */
final class EventCandidates implements ParseSelector {

  private final TriggerLexicon lexicon;
  private final Set<String> phraseVerbHeads;
  private final Valence valence;

  EventCandidates(TriggerLexicon lexicon, Valence valence) {
    this.lexicon = lexicon;
    this.valence = valence;
    this.phraseVerbHeads = Set.copyOf(lexicon.phraseVerbHeads());
  }

  @Override
  public boolean needsParse(List<Token> tokens) {
    boolean claim = false;
    boolean condemning = false;
    boolean exchanging = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (exchanging && EventWords.EXCHANGED.containsKey(lemma)) {
        return true; // "traded insults"
      }
      exchanging |= t.isVerb() && EventWords.EXCHANGING_VERBS.contains(lemma);
      // Nouns whatever their tag: the light-verb rule reads an object's lemma as a noun trigger.
      if (t.ner().equals("TITLE") || lexicon.lookup(lemma, false).isPresent()
          || t.isVerb() && (lexicon.lookup(lemma, true).isPresent() || phraseVerbHeads.contains(lemma)
              || EventWords.WRONGS.contains(lemma) || EventWords.CHARACTERISING_VERBS.contains(lemma))
          || t.pos().equals("MD") && EventWords.OBLIGING_AUX.contains(lemma)) {
        return true;
      }
      claim |= t.isVerb() && EventWords.CLAIMING_VERBS.contains(lemma);
      condemning |= valence.of(t.word()).orElse(0) <= EventWords.CONDEMNING;
    }
    return claim && condemning; // "said Germany was delinquent": a reported judgement may accuse
  }
}
