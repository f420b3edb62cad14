package org.geokg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.geokg.SharedData;
import org.geokg.TestDatabase;
import org.geokg.article.Sha256;
import org.geokg.article.WarcPagesTest;
import org.geokg.ingest.InputFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * {@code spark-ingest} in {@code local[2]} gives the graph {@code ingest} gives from the same inputs
 * (a folder of pages and a text, a WARC archive, a JSONL file), changes nothing when run again, and
 * still gives it when a task fails once and Spark retries it. Each graph lives in a Neo4j served by
 * the product in a child process ({@code geokg neo4j}); {@code ingest} runs on the product's
 * classpath and {@code spark-ingest} on its own ({@code target/classpath/*.txt}, as the launcher runs
 * it), each in a child JVM: this JVM holds neither the embedded database nor Spark.
 */
class SparkIngestTest {

  private static Path work;
  private static Path pages;
  private static Path warc;
  private static Path jsonl;
  private static Graph reference;
  private static String ingestSummary;

  /** A graph's counts and a checksum of its content (timestamps left out). */
  record Graph(long nodes, long edges, String checksum, List<String> lines) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Graph g && g.nodes == nodes && g.edges == edges && g.checksum.equals(checksum);
    }

    @Override
    public int hashCode() {
      return checksum.hashCode();
    }

    @Override
    public String toString() {
      return "Graph[nodes=" + nodes + ", edges=" + edges + ", checksum=" + checksum + "]";
    }
  }

  /** The lines of one graph that the other lacks, for the message of a mismatch. */
  private static String difference(Graph a, Graph b) {
    List<String> onlyA = new ArrayList<>(a.lines());
    onlyA.removeAll(b.lines());
    List<String> onlyB = new ArrayList<>(b.lines());
    onlyB.removeAll(a.lines());
    return "only in ingest's:\n" + String.join("\n", onlyA) + "\nonly in spark-ingest's:\n" + String.join("\n", onlyB);
  }

  @BeforeAll
  static void ingestTheInputsOnOneMachine() throws Exception {
    work = TestDatabase.folder("spark");
    pages = Files.createDirectories(work.resolve("pages"));
    List<Path> html;
    try (Stream<Path> s = Files.list(SharedData.root().resolve("benchmarks/article-extraction/html"))) {
      html = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(6).toList();
    }
    for (Path p : html.subList(0, 4)) {
      Files.copy(p, pages.resolve(p.getFileName()));
    }
    Files.copy(SharedData.seedArticle(), pages.resolve("seed.txt"));
    warc = WarcPagesTest.writeWarc(Files.createDirectories(work.resolve("warc")), true, List.of(
        new String[] {"https://example.org/news/a", WarcPagesTest.http(200, "text/html", InputFiles.read(html.get(4)))},
        new String[] {"https://example.org/news/b", WarcPagesTest.http(200, "text/html", InputFiles.read(html.get(5)))}));
    jsonl = work.resolve("texts.jsonl");
    List<String> lines;
    try (Stream<String> s = Files.lines(SharedData.root().resolve("corpora/wikipedia-current-events.jsonl"))) {
      lines = new ArrayList<>(s.limit(1).toList());
    }
    lines.add("{\"id\": \"de\", \"text\": \"Die Bundesregierung hat am Montag in Berlin neue Sanktionen gegen den Iran"
        + " beschlossen. Der Außenminister sagte, man werde die Gespräche mit den Partnern fortsetzen.\"}");
    lines.add("not json");
    Files.write(jsonl, lines);

    try (LocalNeo4j db = startDatabase("ingest")) {
      Neo4jTarget t = db.target();
      Run r = run(product(), "ingest", pages.toString(), "--warc", warc.toString(), "--jsonl", jsonl.toString(),
          "--spring.neo4j.uri=" + t.uri(), "--spring.neo4j.authentication.username=" + t.user(),
          "--spring.neo4j.authentication.password=" + t.password());
      assertThat(r.status()).as(r.err()).isEqualTo(1); // the line that is not JSON fails
      ingestSummary = r.out().strip();
      reference = graph(t);
    }
  }

  @AfterAll
  static void removeTheDatabases() throws IOException {
    if (work != null) {
      org.springframework.util.FileSystemUtils.deleteRecursively(work);
    }
  }

  @Test
  void sparkIngestGivesTheGraphOfIngestAndASecondRunChangesNothing() throws Exception {
    assertThat(ingestSummary).startsWith("ingested 8 of 10 articles (0 unchanged, 0 duplicates, 1 not English, 1 failed)");
    assertThat(reference.nodes()).isGreaterThan(20);
    assertThat(reference.edges()).isGreaterThan(20);
    try (LocalNeo4j db = startDatabase("spark")) {
      Run first = sparkIngest(db.target(), "--master", "local[2]");
      assertThat(first.status()).as(first.err()).isEqualTo(1);
      assertThat(first.err()).contains("texts.jsonl:3: line 3: not JSON");
      assertThat(summaryCounts(first.out())).isEqualTo(summaryCounts(ingestSummary));
      Graph spark = graph(db.target());
      assertThat(spark).as(() -> difference(reference, spark)).isEqualTo(reference);

      Run second = sparkIngest(db.target(), "--master", "local[2]");
      assertThat(second.out()).startsWith("ingested 8 of 10 articles (8 unchanged, 0 duplicates, 1 not English, 1 failed)");
      assertThat(graph(db.target())).isEqualTo(reference);
    }
  }

  @Test
  void aTaskThatFailsOnceIsRetriedAndTheGraphHasNoDuplicate() throws Exception {
    try (LocalNeo4j db = startDatabase("spark-retry")) {
      // local[2,2]: two cores, and a task may fail once; partition 0 fails after writing its first item.
      Run r = sparkIngest(db.target(), "--master", "local[2,2]", "--partitions", "3", "--fail-once-partition", "0");
      assertThat(r.status()).as(r.err()).isEqualTo(1); // the bad JSONL line, nothing else
      assertThat(r.err()).contains("fault injected after the first item of partition 0");
      assertThat(r.out()).contains(", 1 failed)");
      assertThat(graph(db.target())).isEqualTo(reference);
    }
  }

  /** "ingested 8 of 10 articles (...)": the counts, without the unchanged ones and the time. */
  private static String summaryCounts(String summary) {
    return summary.replaceAll(" in [0-9.]+ s$", "").strip();
  }

  private static Run sparkIngest(Neo4jTarget t, String... options) throws Exception {
    Path password = Files.writeString(work.resolve("password-" + System.nanoTime()), t.password());
    List<String> args = new ArrayList<>(List.of(pages.toString(), "--warc", warc.toString(), "--jsonl",
        jsonl.toString(), "--neo4j", t.uri(), "--user", t.user(), "--password-file", password.toString()));
    args.addAll(List.of(options));
    return run(spark(), args.toArray(String[]::new));
  }

  private static LocalNeo4j startDatabase(String name) throws IOException {
    return LocalNeo4j.start(product(), Files.createDirectories(work.resolve("db-" + name)), Duration.ofMinutes(3));
  }

  /** The product's JVM command line: its classes and runtime classpath, as the launcher runs it. */
  private static List<String> product() throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx3g"));
    cmd.addAll(LocalNeo4j.PRODUCT_JVM_OPTIONS);
    cmd.addAll(List.of("-cp", "target/classes:" + classpath("product.txt"), "org.geokg.cli.Main"));
    return cmd;
  }

  /** spark-ingest's JVM command line, as the launcher runs it. */
  private static List<String> spark() throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx3g"));
    for (String line : Files.readAllLines(Path.of("spark/java-options"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        cmd.add(line.strip());
      }
    }
    cmd.addAll(List.of("-cp", "target/classes:" + classpath("spark.txt") + ":" + classpath("spark-driver.txt"),
        "org.geokg.spark.SparkIngest"));
    return cmd;
  }

  private static String classpath(String file) throws IOException {
    return Files.readString(Path.of("target/classpath", file)).strip();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  record Run(int status, String out, String err) {}

  private static Run run(List<String> command, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(command);
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Counts and a checksum of every node's labels and properties and every edge's, timestamps left out. */
  private static Graph graph(Neo4jTarget t) throws IOException {
    try (Driver driver = t.open(); var session = driver.session()) {
      List<String> nodes = new ArrayList<>();
      for (Record r : session.run(cypher("graph-nodes")).list()) {
        nodes.add(r.get("labels").asList(Value::asString).stream().sorted().toList() + canonical(r.get("props")));
      }
      List<String> edges = new ArrayList<>();
      for (Record r : session.run(cypher("graph-edges")).list()) {
        edges.add(r.get("type").asString() + r.get("fromLabels").asList(Value::asString).stream().sorted().toList()
            + r.get("from") + "->" + r.get("toLabels").asList(Value::asString).stream().sorted().toList()
            + r.get("to") + canonical(r.get("props")));
      }
      nodes.sort(null);
      edges.sort(null);
      List<String> lines = new ArrayList<>(nodes);
      lines.addAll(edges);
      return new Graph(nodes.size(), edges.size(), Sha256.hex(String.join("\n", nodes) + "\n--\n" + String.join("\n", edges)),
          lines);
    }
  }

  /**
   * Properties in key order; the moments of writing and deciding (ingestedAt, decidedAt) left out.
   * Lists and the words of aliasText are compared as sets: an actor's aliases grow in the order its
   * articles are written, which differs between two runs of ingest's workers as between Spark's tasks.
   */
  private static String canonical(Value props) {
    Map<String, String> m = new TreeMap<>();
    props.asMap(v -> v).forEach((k, v) -> {
      if (k.equals("ingestedAt") || k.equals("decidedAt")) {
        return;
      }
      if (k.equals("aliasText")) {
        m.put(k, java.util.Arrays.stream(v.asString().strip().split("\\s+")).sorted().toList().toString());
      } else if (v.asObject() instanceof List<?>) {
        m.put(k, v.asList(Value::toString).stream().sorted().toList().toString());
      } else {
        m.put(k, v.toString());
      }
    });
    return m.toString();
  }

  private static String cypher(String name) throws IOException {
    try (InputStream in = SparkIngestTest.class.getResourceAsStream("/spark/" + name + ".cypher")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
