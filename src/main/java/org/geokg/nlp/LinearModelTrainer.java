package org.geokg.nlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a multinomial logistic regression (maximum entropy) model over binary string features with
 * CoreNLP's {@code LinearClassifierFactory} (quasi-Newton, Gaussian prior), and hands back its weights
 * as plain numbers, so that the stages that apply a model need no CoreNLP class.
 *
 * <p>Stateless: thread-safe.
 */
public final class LinearModelTrainer {

  private LinearModelTrainer() {}

  /** One training example: its features and its label. */
  public record Example(Collection<String> features, String label) {}

  /**
   * The weights of a model trained on {@code examples}, one row per feature seen at least {@code
   * minCount} times, one weight per label in {@code labels} order (0 for a label the data never shows).
   *
   * @param sigma the Gaussian prior's standard deviation: smaller keeps weights smaller
   */
  public static Map<String, double[]> train(List<Example> examples, List<String> labels, double sigma, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      data.add(new BasicDatum<>(e.features().stream().filter(f -> counts.get(f) >= minCount).toList(), e.label()));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, double[]> out = new HashMap<>();
    for (Map.Entry<String, Counter<String>> byLabel : classifier.weightsAsMapOfCounters().entrySet()) {
      int column = labels.indexOf(byLabel.getKey());
      if (column < 0) {
        throw new IllegalArgumentException("label not listed: " + byLabel.getKey());
      }
      for (Map.Entry<String, Double> w : byLabel.getValue().entrySet()) {
        out.computeIfAbsent(w.getKey(), k -> new double[labels.size()])[column] = w.getValue();
      }
    }
    return out;
  }
}
