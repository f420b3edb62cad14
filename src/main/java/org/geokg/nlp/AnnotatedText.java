package org.geokg.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The output of the NLP stage for one text: its sentences with tokens, entity tags and
 * dependency graphs, independent of CoreNLP's own mutable annotation objects. Immutable.
 *
 * @param sentences the sentences in order
 * @param documentDate the date relative expressions were resolved against, or null
 */
public record AnnotatedText(List<Sentence> sentences, LocalDate documentDate) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
