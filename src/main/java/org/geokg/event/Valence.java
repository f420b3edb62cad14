package org.geokg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How negative or positive a word is, from the VADER sentiment lexicon (Hutto and Gilbert, 2014;
 * MIT licence; {@code vader_sentiment_lexicon.txt} of the {@code vader-sentiment-analyzer}
 * artifact): the mean of ten raters' scores from -4 (most negative) to +4. Only the word list is
 * read, not the analyser. Immutable and thread-safe.
 */
final class Valence {

  static final String RESOURCE = "vader_sentiment_lexicon.txt";

  private final Map<String, Double> scores;

  private Valence(Map<String, Double> scores) {
    this.scores = Map.copyOf(scores);
  }

  /**
   * The lexicon on the classpath.
   *
   * @throws IllegalStateException when it is missing or a line is malformed
   */
  static Valence fromClasspath() {
    InputStream in = Valence.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    return read(in);
  }

  /** Reads lines of word, tab, mean score (further columns ignored). */
  static Valence read(InputStream in) {
    Map<String, Double> scores = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          scores.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
        } catch (RuntimeException e) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected word, tab, mean score", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Valence(scores);
  }

  /** The score of {@code word} (any case), or empty when the lexicon does not rate it. */
  OptionalDouble of(String word) {
    Double v = scores.get(word.toLowerCase(Locale.ROOT));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
