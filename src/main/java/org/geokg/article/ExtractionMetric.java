package org.geokg.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public article-extraction benchmark metric: 4-token shingle matching between a predicted body
 * and the true body, precision and recall averaged over pages, F1 of the averages.
 *
 * <p>Tokens are the matches of {@code \w+} with Unicode character classes, case kept. Shingles are the
 * overlapping runs of 4 tokens, counted with repeats; a text of fewer than 4 tokens (but at least one)
 * is a single shingle of all its tokens, an empty text has none. Per page, TP is the size of the
 * multiset intersection, FP = predicted − TP and FN = truth − TP. A page whose prediction is missing or
 * has no shingles scores precision 0 and recall 0; a page with FP = FN = 0 scores 1 and 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionMetric {

  static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ExtractionMetric() {}

  /** Precision and recall of one page, each in [0, 1]. */
  public record PageScore(double precision, double recall) {
    public PageScore {
      if (!(precision >= 0 && precision <= 1) || !(recall >= 0 && recall <= 1)) {
        throw new IllegalArgumentException("scores must lie in [0, 1]: " + precision + ", " + recall);
      }
    }
  }

  /** Averages over pages; {@code f1} is computed from the averaged precision and recall. */
  public record Score(int pages, double precision, double recall, double f1) {
    public Score {
      if (pages < 0) {
        throw new IllegalArgumentException("pages must not be negative");
      }
    }
  }

  /** The tokens of a text, in order. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The shingles of a text as a multiset: each shingle (tokens joined by a space) with its count. */
  public static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      // tokens never contain a space, so the join is unambiguous
      out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one page; {@code predicted} null means the page is missing. */
  public static PageScore score(String predicted, String truth) {
    Map<String, Integer> pred = shingles(predicted);
    if (pred.isEmpty()) {
      return new PageScore(0, 0);
    }
    Map<String, Integer> gold = shingles(truth);
    long tp = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
    }
    long fp = sum(pred.values()) - tp;
    long fn = sum(gold.values()) - tp;
    if (fp == 0 && fn == 0) {
      return new PageScore(1, 1);
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new PageScore(precision, recall);
  }

  /**
   * Scores predictions against the truth over the truth's page ids; an id absent from {@code
   * predicted} scores 0.
   */
  public static Score evaluate(Map<String, String> predicted, Map<String, String> truth) {
    Objects.requireNonNull(predicted, "predicted");
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : truth.entrySet()) {
      PageScore s = score(predicted.get(e.getKey()), e.getValue());
      p += s.precision();
      r += s.recall();
    }
    int n = truth.size();
    if (n == 0) {
      return new Score(0, 0, 0, 0);
    }
    double precision = p / n;
    double recall = r / n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(n, precision, recall, f1);
  }

  private static long sum(Collection<Integer> values) {
    long s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
