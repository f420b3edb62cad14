package org.geokg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event classifier's weights: two logistic models over the {@link PairFeatures} of a candidate
 * pair. A detector ({@code NONE} or {@code EVENT}: is there an asserted event from source to target?)
 * pools the evidence of every type; a typer (one class per PLOVER type, trained on the events only)
 * says which. An event of type T has probability P(EVENT) x P(T | EVENT), the edge's confidence;
 * pairs below {@link #threshold()} are no edge.
 * Stored as a text table ({@code event/pair-model.tsv}: a header naming the classes, the threshold
 * and how the model was made, then one row of weights per feature), written by {@code geokg
 * train-events}.
 *
 * <p>Immutable: thread-safe.
 */
public final class PairModel {

  /** The detector's class of a pair that is no event. */
  public static final String NONE = "NONE";
  /** The detector's class of a pair that is an event. */
  public static final String EVENT = "EVENT";
  static final String RESOURCE = "event/pair-model.tsv";

  private final List<String> labels;
  private final Map<String, double[]> weights;
  private final double threshold;
  private final List<String> provenance;

  /**
   * A model over {@code labels} ({@code NONE}, {@code EVENT}, then PLOVER type names) with one weight
   * per label for each feature; {@code provenance} lines say how it was trained.
   */
  public PairModel(List<String> labels, Map<String, double[]> weights, double threshold, List<String> provenance) {
    if (labels.size() < 3 || !labels.get(0).equals(NONE) || !labels.get(1).equals(EVENT)
        || labels.subList(2, labels.size()).stream().anyMatch(l -> !isType(l))) {
      throw new IllegalArgumentException("labels must be NONE, EVENT and PLOVER types: " + labels);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    for (double[] w : weights.values()) {
      if (w.length != labels.size()) {
        throw new IllegalArgumentException("a weight row needs one weight per label");
      }
    }
    this.labels = List.copyOf(labels);
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
    this.provenance = List.copyOf(provenance);
  }

  private static boolean isType(String l) {
    try {
      PloverType.valueOf(l);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The shipped model, or empty when the build ships none (the rules then decide alone). The system
   * property {@code geokg.event-model} names a model file to use instead (to measure a newly trained
   * model before shipping it).
   */
  public static Optional<PairModel> fromClasspath() {
    String file = System.getProperty("geokg.event-model");
    if (file != null) {
      try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
        return Optional.of(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    InputStream in = PairModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model table. */
  public static PairModel read(InputStream in) {
    List<String> labels = null;
    double threshold = 0.5;
    List<String> provenance = new ArrayList<>();
    Map<String, double[]> weights = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          provenance.add(line.substring(1).strip());
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].equals("@labels")) {
          labels = List.of(cols).subList(1, cols.length);
        } else if (cols[0].equals("@threshold")) {
          threshold = Double.parseDouble(cols[1]);
        } else if (!line.isBlank()) {
          if (labels == null || cols.length != labels.size() + 1) {
            throw new IllegalArgumentException("bad model row: " + line);
          }
          double[] w = new double[labels.size()];
          for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(cols[i + 1]);
          }
          weights.put(cols[0], w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (labels == null) {
      throw new IllegalArgumentException("a model needs its @labels line");
    }
    return new PairModel(labels, weights, threshold, provenance);
  }

  /** Writes the model table, features in sorted order so that retraining gives small diffs. */
  public void write(Writer w) throws IOException {
    for (String p : provenance) {
      w.write("# " + p + "\n");
    }
    w.write("@labels\t" + String.join("\t", labels) + "\n");
    w.write(String.format(Locale.ROOT, "@threshold\t%.3f%n", threshold));
    for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
      StringBuilder row = new StringBuilder(e.getKey().replace('\t', ' '));
      for (double x : e.getValue()) {
        row.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
      }
      w.write(row.append('\n').toString());
    }
  }

  /**
   * The probability of each label given {@code features}, in {@link #labels()} order: of {@code NONE}
   * and {@code EVENT}, then of each type as P(EVENT) x P(type | EVENT).
   */
  public double[] probabilities(Collection<String> features) {
    double[] score = new double[labels.size()];
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int i = 0; i < score.length; i++) {
          score[i] += w[i];
        }
      }
    }
    softmax(score, 0, 2);
    softmax(score, 2, score.length);
    for (int i = 2; i < score.length; i++) {
      score[i] *= score[1];
    }
    return score;
  }

  private static void softmax(double[] x, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      max = Math.max(max, x[i]);
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      x[i] = Math.exp(x[i] - max);
      sum += x[i];
    }
    for (int i = from; i < to; i++) {
      x[i] /= sum;
    }
  }

  /** The most probable event type and its probability (compared with {@link #threshold()} by the caller). */
  public Decision decide(Collection<String> features) {
    double[] p = probabilities(features);
    int best = 2;
    for (int i = 3; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return new Decision(PloverType.valueOf(labels.get(best)), p[best]);
  }

  /**
   * The events of a candidate pair: each asserted event the rules found for the pair stands (the
   * rules are precise where they fire), with the model's probability of its type as its confidence;
   * the model's most probable type is added when at or above the threshold.
   */
  public List<Decision> events(List<String> features) {
    double[] p = probabilities(features);
    List<Decision> out = new ArrayList<>();
    for (String f : features) {
      if (f.startsWith(RULE_FEATURE)) {
        PloverType t = PloverType.valueOf(f.substring(RULE_FEATURE.length()));
        out.add(new Decision(t, Math.max(p[labels.indexOf(t.name())], 0.001)));
      }
    }
    Decision best = decide(features);
    if (best.probability() >= threshold && out.stream().noneMatch(r -> r.type() == best.type())) {
      out.add(best);
    }
    return out;
  }

  /** The feature prefix naming a type the rules found for the pair ({@link PairFeatures}). */
  static final String RULE_FEATURE = "rule:";

  /** An event type and its probability. */
  public record Decision(PloverType type, double probability) {}

  public List<String> labels() {
    return labels;
  }

  /** The probability below which a pair is no edge. */
  public double threshold() {
    return threshold;
  }

  /** How the model was made (data, settings, cross-validated figures). */
  public List<String> provenance() {
    return provenance;
  }

  /** A copy with another threshold. */
  public PairModel withThreshold(double t) {
    return new PairModel(labels, weights, t, provenance);
  }
}
