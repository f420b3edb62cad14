package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.article.Sha256;
import org.geokg.eval.EventTraining;
import org.geokg.eval.NewsBenchmark;
import org.geokg.event.EventExtractor;
import org.geokg.event.PairModel;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.CoreNlpAnnotator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code train-events <train.json> [--out FILE] [--folds N] [--sigma S] [--min-count N] [--cache FILE]}:
 * trains the event classifier on a news gold file ({@link EventTraining}), prints cross-validated
 * figures by threshold (folds of whole years), and writes the model trained on all of it, with the
 * threshold of best cross-validated F1 among those that keep the rules' own precision, to {@code --out} (default {@code
 * src/main/resources/event/pair-model.tsv}). {@code --cache} keeps the labelled pairs between runs (the
 * NLP takes minutes; the training seconds). Never give it the dev set: that is for measuring.
 */
final class TrainCommand {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999};

  private TrainCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    String outFile = "src/main/resources/event/pair-model.tsv";
    String cache = null;
    int folds = 5;
    double sigma = 1.0;
    int minCount = 2;
    try {
      for (int i = 0; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--out" -> outFile = args.get(++i);
          case "--cache" -> cache = args.get(++i);
          case "--folds" -> folds = Integer.parseInt(args.get(++i));
          case "--sigma" -> sigma = Double.parseDouble(args.get(++i));
          case "--min-count" -> minCount = Integer.parseInt(args.get(++i));
          default -> files.add(args.get(i));
        }
      }
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      files.clear();
    }
    if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0))) || folds < 2 || sigma <= 0) {
      err.println("usage: geokg train-events <train.json> [--out FILE] [--folds N>=2] [--sigma S>0] [--min-count N]"
          + " [--cache FILE]");
      return 2;
    }
    Path goldFile = Path.of(files.get(0));
    if (goldFile.getFileName().toString().contains("dev")) {
      err.println("geokg: " + goldFile + " looks like a dev set; train on training data, measure on dev");
      return 2;
    }
    List<NewsBenchmark.GoldArticle> gold = NewsBenchmark.read(goldFile);
    List<EventTraining.Example> examples;
    try {
      examples = examples(gold, cache == null ? null : Path.of(cache));
    } catch (IOException e) {
      err.println("geokg: cannot use the cache " + cache + ": " + e.getMessage());
      return 1;
    }
    long positives = examples.stream().filter(e -> !e.label().equals(PairModel.NONE)).count();
    out.printf(Locale.ROOT, "%d articles, %d candidate pairs, %d labelled with an event%n", gold.size(),
        examples.size(), positives);
    List<EventTraining.Point> points = EventTraining.crossValidate(gold, examples, folds, sigma, minCount, THRESHOLDS);
    // The last threshold admits (nearly) nothing the rules did not find: the rules' own precision.
    double rulesPrecision = points.get(points.size() - 1).counts().precision();
    EventTraining.Point best = points.get(points.size() - 1);
    for (EventTraining.Point p : points) {
      out.println("cv " + EventTraining.line(p));
      // The classifier may add events only where that keeps the precision of the rules alone:
      // the graph should hold what is true before it holds more.
      if (p.counts().precision() >= rulesPrecision && p.counts().f1() > best.counts().f1() + 1e-9) {
        best = p;
      }
    }
    out.println("cross-validated reliability at threshold " + best.threshold() + " (confidence band, held-out edges, share right):");
    NewsBenchmark.reliability(best.named(), new double[] {0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9}).forEach((band, v) ->
        out.printf(Locale.ROOT, "  %s %5d %.2f%n", band, (int) v[0], v[1]));
    List<String> provenance = new ArrayList<>();
    provenance.add("geokg event classifier: multinomial logistic regression over candidate actor pairs (PairFeatures)");
    provenance.add("trained " + LocalDate.now() + " by: geokg train-events " + String.join(" ", args));
    provenance.add("data: " + goldFile.getFileName() + " sha256 " + sha256(goldFile) + ", " + gold.size() + " articles, "
        + examples.size() + " pairs, " + positives + " with an event");
    provenance.add(String.format(Locale.ROOT, "sigma %.2f, features seen at least %d times", sigma, minCount));
    provenance.add("cross-validated (" + folds + " folds of whole years), named triples: " + EventTraining.line(best));
    provenance.add(String.format(Locale.ROOT, "threshold: best F1 at a precision no lower than the rules' alone (%.3f)",
        rulesPrecision));
    PairModel model = EventTraining.train(examples, sigma, minCount, best.threshold(), provenance);
    try (Writer w = Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
      model.write(w);
    } catch (IOException e) {
      err.println("geokg: cannot write " + outFile + ": " + e.getMessage());
      return 1;
    }
    out.println("wrote " + outFile + " (threshold " + best.threshold() + ")");
    return 0;
  }

  private static List<EventTraining.Example> examples(List<NewsBenchmark.GoldArticle> gold, Path cache)
      throws IOException {
    if (cache != null && Files.isRegularFile(cache)) {
      return JSON.readValue(cache.toFile(), new TypeReference<List<EventTraining.Example>>() {});
    }
    // The rules alone: the examples must not depend on a model trained earlier.
    ArticlePipeline pipeline = ArticlePipeline.standalone(EventsCommand.quietNlp(), new EventExtractor(null));
    List<EventTraining.Example> examples = new EventTraining(pipeline).examples(gold, EventsCommand.WORKERS);
    if (cache != null) {
      JSON.writeValue(cache.toFile(), examples);
    }
    return examples;
  }

  private static String sha256(Path file) {
    try {
      return Sha256.hex(Files.readAllBytes(file)).substring(0, 16);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
