package org.geokg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.Gazetteer;
import org.geokg.graph.GraphSchema;
import org.geokg.nlp.CoreNlpAnnotator;
import org.neo4j.driver.Driver;

/**
 * {@code geokg bench spark <folder> [--repeat N]}: the scaling of {@code spark-ingest} on this machine.
 * The pages of the folder, repeated N times as {@code bench ingest} repeats them (each copy a new
 * article), go through the job in {@code local[1]} and then, as other copies, in {@code local[2]},
 * into a fresh temporary database served by the product in a child process ({@link LocalNeo4j});
 * prints English articles/s of each, per core, and the ratio. The models load, and a warm-up of a few
 * articles runs, before the clock starts, so that neither run pays for them.
 */
public final class SparkBench {

  private SparkBench() {}

  /** The system property naming the product's jar, which serves the database ({@code geokg neo4j}). */
  public static final String PRODUCT_JAR = "geokg.product-jar";

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println("geokg bench spark: usage: geokg bench spark <folder> [--repeat N]");
      return 2;
    }
    Path folder = Path.of(args.get(0));
    int repeat = 1;
    for (int i = 1; i < args.size(); i++) {
      try {
        if (!args.get(i).equals("--repeat")) {
          throw new IllegalArgumentException();
        }
        repeat = Integer.parseInt(args.get(++i));
      } catch (RuntimeException e) {
        err.println("geokg bench spark: bad argument '" + args.get(i) + "' (expected --repeat N)");
        return 2;
      }
    }
    if (repeat < 1 || !Files.isDirectory(folder)) {
      err.println("geokg bench spark: give a folder of pages and a --repeat of at least 1");
      return 2;
    }
    List<InputItem> one = SparkInputs.benchCopies(folder, 0, repeat);
    if (one.isEmpty()) {
      err.println("geokg bench spark: no .html, .htm or .html.gz files in " + folder);
      return 2;
    }
    SparkLogging.warningsToStandardError();
    String jar = System.getProperty(PRODUCT_JAR, "target/geokg.jar");
    List<String> product = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g"));
    product.addAll(LocalNeo4j.PRODUCT_JVM_OPTIONS);
    product.addAll(List.of("-jar", jar));
    Path data = null;
    try {
      data = Files.createTempDirectory("geokg-bench-spark");
      try (LocalNeo4j db = LocalNeo4j.start(product, data, Duration.ofMinutes(3))) {
        Neo4jTarget target = db.target();
        try (Driver driver = target.open()) {
          GraphSchema.prepare(driver, new ActorRecognizer(Gazetteer.fromClasspath()));
        }
        // Local mode runs the executors in this JVM: the pipeline built here is theirs.
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        SparkIngestJob.ingestService(target);
        while (!nlp.isReady()) {
          if (nlp.loadFailure().isPresent()) {
            err.println("geokg bench spark: NLP models failed to load: " + nlp.loadFailure().get());
            return 1;
          }
          Thread.sleep(100);
        }
        List<InputItem> warmUp = SparkInputs.benchCopies(folder, 10_000, 1).stream().limit(8).toList();
        List<InputItem> two = SparkInputs.benchCopies(folder, repeat, repeat);
        out.printf(Locale.ROOT, "bench spark: %d pages x %d = %d articles per run, local[1] then local[2] (other"
            + " copies), after a warm-up of %d%n", one.size() / repeat, repeat, one.size(), warmUp.size());
        run("local[2]", warmUp, target, null);
        double r1 = run("local[1]", one, target, out);
        double r2 = run("local[2]", two, target, out);
        out.printf(Locale.ROOT, "scaling: local[2] / local[1] = %.2f; per core: local[1] %.2f, local[2] %.2f English"
            + " articles/s%n", r2 / r1, r1, r2 / 2);
        return 0;
      }
    } catch (IOException | RuntimeException e) {
      err.println("geokg bench spark: " + SparkIngest.oneLine(e));
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      if (data != null) {
        deleteTree(data);
      }
    }
  }

  /** Runs the job on {@code items} under {@code master}; prints and returns English articles/s. */
  private static double run(String master, List<InputItem> items, Neo4jTarget target, PrintStream out) {
    try (JavaSparkContext sc = new JavaSparkContext(SparkIngest.conf("geokg bench spark", master))) {
      SparkIngestJob.Summary s = SparkIngestJob.run(sc, items, new SparkIngestJob.Settings(target, null, -1),
          SparkIngestOptions.defaultPartitions(items.size(), sc.defaultParallelism()), (done, total, elapsed) -> {});
      double wall = s.elapsed().toNanos() / 1e9;
      double english = (s.total() - s.notEnglish()) / wall;
      if (out != null) {
        out.printf(Locale.ROOT, "%s: %.2f English articles/s (%.2f inputs/s), %.1f s wall (%d stored, %d unchanged,"
            + " %d duplicates, %d not English, %d failed, %d relations)%n", master, english, s.total() / wall, wall,
            s.stored(), s.unchanged(), s.duplicates(), s.notEnglish(), s.failed(), s.relations());
      }
      return english;
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary folder: the system cleans it eventually
    }
  }
}
