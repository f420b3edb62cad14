package org.geokg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.Gazetteer;
import org.geokg.graph.GraphSchema;
import org.geokg.ingest.ProgressBar;
import org.neo4j.driver.Driver;

/**
 * {@code geokg spark-ingest <file|folder>... [--warc <file>]... [--jsonl <file>]... --neo4j <bolt uri>
 * [--user U] [--password P | --password-file F] [--master URL] [--partitions N]
 * [--published-at YYYY-MM-DD]}: {@code ingest} as an Apache Spark job ({@link SparkIngestJob}) writing
 * to a Neo4j server. The password may also come from {@code NEO4J_PASSWORD}. The master is
 * {@code --master}, else the one {@code spark-submit} set, else {@code local[*]}. Prints the
 * failures, one line each, and {@code ingest}'s summary line; exit 0 when every input was stored or
 * skipped, 1 when some failed, 2 for bad arguments. Entry point of the launcher and of
 * {@code spark-submit --class org.geokg.spark.SparkIngest}.
 */
public final class SparkIngest {

  private SparkIngest() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    SparkIngestOptions o;
    try {
      o = SparkIngestOptions.parse(args, System.getenv("NEO4J_PASSWORD"));
    } catch (IllegalArgumentException e) {
      err.println("geokg spark-ingest: " + e.getMessage());
      return 2;
    }
    SparkLogging.warningsToStandardError();
    List<InputItem> items;
    try {
      items = SparkInputs.list(o.files(), o.warcs(), o.jsonl());
    } catch (IOException | RuntimeException e) {
      err.println("geokg spark-ingest: cannot list the inputs: " + e.getMessage());
      return 1;
    }
    if (items.isEmpty()) {
      err.println("geokg spark-ingest: nothing to ingest (no article files, archive pages or lines in the inputs)");
      return 2;
    }
    try (Driver driver = o.neo4j().open()) {
      driver.verifyConnectivity();
      GraphSchema.prepare(driver, new ActorRecognizer(Gazetteer.fromClasspath()));
    } catch (RuntimeException e) {
      err.println("geokg spark-ingest: cannot prepare the graph at " + o.neo4j().uri() + ": " + oneLine(e));
      return 1;
    }
    SparkIngestJob.Summary s;
    try (JavaSparkContext sc = new JavaSparkContext(conf("geokg spark-ingest", o.master()))) {
      int partitions = o.partitions() > 0 ? o.partitions() : SparkIngestOptions.defaultPartitions(items.size(), sc.defaultParallelism());
      ProgressBar bar = new ProgressBar(err, System.console() != null);
      s = SparkIngestJob.run(sc, items, new SparkIngestJob.Settings(o.neo4j(), o.publishedAt(), o.failOncePartition()),
          partitions, bar::update);
      bar.finish();
    } catch (RuntimeException e) {
      err.println("geokg spark-ingest: the job failed: " + oneLine(e));
      return 1;
    }
    print(s, out, err);
    return s.failed() == 0 ? 0 : 1;
  }

  /** {@code ingest}'s report: the failures, then the summary line. */
  static void print(SparkIngestJob.Summary s, PrintStream out, PrintStream err) {
    for (String f : s.failures()) {
      err.println("geokg spark-ingest: " + f);
    }
    if (s.failed() > s.failures().size()) {
      err.println("geokg spark-ingest: ... and " + (s.failed() - s.failures().size()) + " more failures");
    }
    out.printf(Locale.ROOT, "ingested %d of %d articles (%d unchanged, %d duplicates, %d not English, %d failed),"
        + " %d relations, in %.1f s%n", s.stored(), s.total(), s.unchanged(), s.duplicates(), s.notEnglish(),
        s.failed(), s.relations(), s.elapsed().toMillis() / 1000.0);
  }

  /**
   * Spark's configuration: the master given, else {@code spark-submit}'s, else {@code local[*]}. In
   * local mode everything stays on loopback and Spark's web UI is off (the product's classpath
   * carries the embedded database's Jersey, not the UI's); on a cluster, the cluster's settings rule.
   */
  static SparkConf conf(String appName, String master) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  /** The root cause's first line: what a user can act on. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return msg.lines().findFirst().orElse(msg);
  }
}
