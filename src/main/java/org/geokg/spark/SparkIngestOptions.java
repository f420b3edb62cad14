package org.geokg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code spark-ingest} (see {@link SparkIngest}), parsed and checked before Spark
 * starts: every problem is one line for the user.
 *
 * @param files the files and folders given
 * @param warcs the WARC archives ({@code --warc})
 * @param jsonl the JSONL files of texts ({@code --jsonl})
 * @param neo4j where to write ({@code --neo4j}, {@code --user}, the password)
 * @param master Spark's master ({@code --master}), or null for {@code spark-submit}'s or {@code local[*]}
 * @param partitions {@code --partitions}, or 0 for {@link #defaultPartitions}
 * @param publishedAt {@code --published-at}, or null
 * @param failOncePartition {@code --fail-once-partition} (tests of retries), or -1
 */
record SparkIngestOptions(List<Path> files, List<Path> warcs, List<Path> jsonl, Neo4jTarget neo4j, String master,
    int partitions, LocalDate publishedAt, int failOncePartition) {

  SparkIngestOptions {
    files = List.copyOf(files);
    warcs = List.copyOf(warcs);
    jsonl = List.copyOf(jsonl);
    if (neo4j == null) {
      throw new IllegalArgumentException("--neo4j is required");
    }
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

  static SparkIngestOptions parse(List<String> args, String passwordFromEnvironment) {
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
    return new SparkIngestOptions(files, warcs, jsonl, new Neo4jTarget(uri, user, password), master, partitions, publishedAt,
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
}
