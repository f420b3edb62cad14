package org.geokg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

  /** The parsed command line. */
  record Options(List<Path> files, List<Path> warcs, List<Path> jsonl, Neo4jTarget neo4j, String master,
      int partitions, LocalDate publishedAt, int failOncePartition) {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = parse(args, System.getenv("NEO4J_PASSWORD"));
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
      int partitions = o.partitions() > 0 ? o.partitions() : defaultPartitions(items.size(), sc.defaultParallelism());
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

  /**
   * About eight inputs a partition, so that the cores stay busy to the end of a run and progress moves
   * often, but at least one partition per core and at most 200 per core (a partition costs Spark a
   * task; the pipeline is built once per JVM, not per partition).
   */
  static int defaultPartitions(int items, int parallelism) {
    long wanted = (items + 7L) / 8;
    return (int) Math.max(Math.min(parallelism, items), Math.min(wanted, 200L * parallelism));
  }

  static Options parse(List<String> args, String passwordFromEnvironment) {
    List<Path> files = new ArrayList<>();
    List<Path> warcs = new ArrayList<>();
    List<Path> jsonl = new ArrayList<>();
    String uri = null;
    String user = "neo4j";
    String password = null;
    String master = null;
    int partitions = 0;
    int failOnce = -1;
    LocalDate publishedAt = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String option = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (option.startsWith("--")) {
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(++i) : null;
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        switch (option) {
          case "--warc" -> warcs.add(existing(v));
          case "--jsonl" -> jsonl.add(existing(v));
          case "--neo4j" -> uri = v;
          case "--user" -> user = v;
          case "--password" -> password = v;
          case "--password-file" -> {
            try {
              password = Files.readString(existing(v)).strip();
            } catch (IOException e) {
              throw new IllegalArgumentException("cannot read " + v + ": " + e.getMessage());
            }
          }
          case "--master" -> master = v;
          case "--partitions" -> partitions = number(option, v, 1, 10_000_000);
          case "--fail-once-partition" -> failOnce = number(option, v, 0, Integer.MAX_VALUE);
          case "--published-at" -> {
            try {
              publishedAt = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--published-at must be a date as YYYY-MM-DD, got '" + v + "'");
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      } else if (a.matches("(?i)https?://.*") || a.equals("-")) {
        throw new IllegalArgumentException("spark-ingest reads files, folders, --warc and --jsonl; use ingest for "
            + a);
      } else {
        files.add(existing(a));
      }
    }
    if (files.isEmpty() && warcs.isEmpty() && jsonl.isEmpty()) {
      throw new IllegalArgumentException("nothing to ingest; give files or folders (.html, .htm, .html.gz, .txt),"
          + " --warc or --jsonl");
    }
    if (uri == null) {
      throw new IllegalArgumentException("--neo4j is required: the Bolt URI of the Neo4j server to write to");
    }
    if (password == null) {
      password = passwordFromEnvironment;
    }
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("give the password of " + user + " with --password-file, --password or"
          + " NEO4J_PASSWORD");
    }
    return new Options(files, warcs, jsonl, new Neo4jTarget(uri, user, password), master, partitions, publishedAt,
        failOnce);
  }

  private static int number(String option, String v, int min, int max) {
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", got '" + v + "'");
  }

  private static Path existing(String a) {
    Path p = Path.of(a);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no such file or folder: " + a);
    }
    return p;
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
