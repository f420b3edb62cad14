package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.article.Sha256;
import org.geokg.cli.MainAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * kill -9 in the middle of a batch, restart, run the batch again: the graph is identical (counts and
 * a content checksum) to that of a run never interrupted, and no article is half-written. The
 * long version: {@code -Dgeokg.crash.articles=1000}.
 */
class CrashSafetyTest {

  private static final int ARTICLES = Integer.getInteger("geokg.crash.articles", 16);
  private static final String[][] PAIRS = {
      {"France", "Germany", "Paris"}, {"Japan", "South Korea", "Tokyo"}, {"Egypt", "Israel", "Cairo"},
      {"India", "Pakistan", "New Delhi"}, {"Brazil", "Argentina", "Brasilia"}, {"Turkey", "Greece", "Ankara"},
      {"Kenya", "Ethiopia", "Nairobi"}, {"Iran", "Iraq", "Baghdad"}};

  /** Short articles whose actors overlap, so that a crash can catch shared nodes mid-update. */
  static Path writeBatch(Path dir) throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (int i = 0; i < ARTICLES; i++) {
      String[] p = PAIRS[i % PAIRS.length];
      String text = "Officials from " + p[0] + " and " + p[1] + " met in " + p[2] + " on Monday to discuss trade, "
          + "border security and energy, according to statements from both governments (story " + i + ").\n\n"
          + "The foreign minister of " + p[0] + " praised " + p[1] + " after the talks, and the two sides agreed to"
          + " meet again next month, officials said on Tuesday.\n\n"
          + (i % 3 == 0 ? "Earlier this year " + p[0] + " imposed sanctions on " + p[1] + " over a dispute about"
          + " fishing rights, a decision that was criticised by neighbouring countries.\n" : "");
      Files.writeString(batch.resolve(String.format("story-%04d.txt", i)), text);
    }
    return batch;
  }

  @Test
  void aKilledBatchRunAgainLeavesTheSameGraphAsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
    Path batch = writeBatch(tmp);
    int bolt = org.geokg.TestDatabase.freePort();
    Path crashed = tmp.resolve("crashed-db");

    // 1. A separate JVM ingests the batch one article at a time and is killed (SIGKILL) part-way.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
        "org.geokg.cli.Main", "ingest", batch.toString(), "--workers", "1", "--published-at", "2024-11-15",
        "--geokg.data-dir=" + crashed, "--geokg.bolt-port=" + bolt));
    Process victim = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("victim.log").toFile()).start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    Path passwordFile = crashed.resolve(EmbeddedNeo4j.PASSWORD_FILE);
    while (!Files.exists(passwordFile) && System.nanoTime() < deadline && victim.isAlive()) {
      Thread.sleep(100); // the other JVM writes it (whole) before its database starts
    }
    var auth = AuthTokens.basic(EmbeddedNeo4j.USER, Files.readString(passwordFile).strip());
    try (Driver d = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, auth)) {
      while (stored < Math.max(2, ARTICLES / 4) && System.nanoTime() < deadline && victim.isAlive()) {
        Thread.sleep(100);
        try (var s = d.session()) {
          stored = s.run("MATCH (a:Article) RETURN count(a)").single().get(0).asLong();
        } catch (RuntimeException notYetUp) {
          // the other JVM is still starting its database
        }
      }
    }
    assertThat(victim.isAlive()).as("the batch should still be running; log: %s",
        Files.readString(tmp.resolve("victim.log"))).isTrue();
    victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no clean close
    assertThat(stored).isBetween(1L, (long) ARTICLES - 1);

    // 2. Restart on the same folder and run the whole batch again.
    assertThat(ingest(batch, crashed, org.geokg.TestDatabase.freePort())).startsWith("ingested " + ARTICLES + " of " + ARTICLES);

    // 3. A run that was never interrupted, on a fresh folder.
    Path clean = tmp.resolve("clean-db");
    assertThat(ingest(batch, clean, org.geokg.TestDatabase.freePort())).startsWith("ingested " + ARTICLES + " of " + ARTICLES);

    assertThat(checksum(crashed)).isEqualTo(checksum(clean));
  }

  private static String ingest(Path batch, Path data, int bolt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MainAccess.run(new String[] {"ingest", batch.toString(), "--published-at", "2024-11-15",
        "--geokg.data-dir=" + data, "--geokg.bolt-port=" + bolt},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Node and edge counts plus a hash of every node's and edge's content (ingestion time left out). */
  static String checksum(Path data) throws Exception {
    int bolt = org.geokg.TestDatabase.freePort();
    EmbeddedNeo4j db = new EmbeddedNeo4j(data, "127.0.0.1", bolt);
    try (Driver d = GraphDatabase.driver(db.boltUri(), db.authToken()); var s = d.session()) {
      List<String> rows = new ArrayList<>();
      s.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(r -> {
        var props = new java.util.TreeMap<>(r.get("p").asMap());
        props.remove("ingestedAt");
        rows.add("N" + new java.util.TreeSet<>(r.get("l").asList(Object::toString)) + props);
      });
      s.run("MATCH (a)-[r]->(b) RETURN coalesce(a.key, a.id) AS a, type(r) AS t, coalesce(b.key, b.id) AS b,"
          + " properties(r) AS p").forEachRemaining(r ->
          rows.add("R" + r.get("a").asString() + r.get("t").asString() + r.get("b").asString()
              + new java.util.TreeMap<>(r.get("p").asMap())));
      rows.sort(null);
      long nodes = rows.stream().filter(x -> x.startsWith("N")).count();
      return nodes + " nodes, " + (rows.size() - nodes) + " edges, " + Sha256.hex(String.join("", rows));
    } finally {
      db.close();
    }
  }
}
