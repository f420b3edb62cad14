package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.geokg.event.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query benchmark (run by {@code scripts/bench-queries}, skipped otherwise): a generated graph of
 * 20,000 actors and 200,000 event relations (endpoints skewed so that a few actors are hubs) written
 * with UNWIND batches into a temporary embedded database, then, through the HTTP API on loopback,
 * the depth-2 ego network of the most connected actor and 4-hop shortest paths, timed per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "geokg.bench", matches = "true")
class QueryBenchmark {

  static final int ACTORS = Integer.getInteger("geokg.bench.actors", 20_000);
  static final int RELATIONS = Integer.getInteger("geokg.bench.relations", 200_000);
  static final int REQUESTS = Integer.getInteger("geokg.bench.requests", 300);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "bench");
  }

  @LocalServerPort int port;
  @Autowired Driver driver;

  @Test
  void egoNetworkAndShortestPathLatency() throws Exception {
    long t0 = System.nanoTime();
    generate();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    String hub;
    long hubDegree;
    try (var session = driver.session()) {
      var top = session.run("MATCH (a:Actor) RETURN a.key AS key, COUNT { (a)--() } AS d ORDER BY d DESC LIMIT 1").single();
      hub = top.get("key").asString();
      hubDegree = top.get("d").asLong();
    }
    String ego = "/api/actors/" + enc(hub) + "/network?depth=2&maxNodes=200&maxEdges=1000";
    JsonNode net = get(ego);
    List<String[]> pairs = fourHopPairs(20);
    assertThat(pairs).as("pairs of actors 4 hops apart").isNotEmpty();

    long[] egoTimes = time(REQUESTS, i -> ego);
    long[] pathTimes = time(REQUESTS, i -> {
      String[] p = pairs.get(i % pairs.size());
      return "/api/paths?from=" + enc(p[0]) + "&to=" + enc(p[1]) + "&maxHops=4&roles=false";
    });
    // Not a target of the issue, measured to know: the first page of the whole relation listing
    // (a sort over every event edge) and a type-and-month filtered page.
    int fewer = Math.max(10, REQUESTS / 10);
    long[] listTimes = time(fewer, i -> "/api/relations?limit=100");
    long[] monthTimes = time(fewer, i -> "/api/relations?type=MET_WITH&since=2024-06-01&until=2024-06-30&limit=100");
    String report = String.format(
        "graph: %d actors, %d relations, generated and written in %.1f s%n"
            + "ego network depth 2 of %s (%d relationships): %d nodes, %d edges; %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
            + "shortest path, 4 hops, %d pairs; %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
            + "relations, first page of 100, unfiltered; %d requests: p50 %.1f ms, p99 %.1f ms%n"
            + "relations, MET_WITH in one month, first page of 100; %d requests: p50 %.1f ms, p99 %.1f ms%n",
        ACTORS, RELATIONS, loadMs / 1000.0, hub, hubDegree, net.get("nodes").size(), net.get("edges").size(),
        REQUESTS, pct(egoTimes, 50), pct(egoTimes, 99), pct(egoTimes, 100), pairs.size(), REQUESTS,
        pct(pathTimes, 50), pct(pathTimes, 99), pct(pathTimes, 100), fewer, pct(listTimes, 50), pct(listTimes, 99),
        fewer, pct(monthTimes, 50), pct(monthTimes, 99));
    System.out.println("BENCHMARK\n" + report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/bench-queries.txt"), report);
  }

  private void generate() {
    Random random = new Random(42);
    String[] kinds = {"PERSON", "COUNTRY", "ORGANIZATION"};
    String[] labels = {"Person", "Country", "Organization"};
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      int k = i % 10 == 0 ? 1 : i % 10 < 4 ? 2 : 0;
      Map<String, Object> row = new HashMap<>();
      row.put("key", "gen:" + i);
      row.put("name", "Actor " + i);
      row.put("kind", kinds[k]);
      row.put("label", labels[k]);
      row.put("code", k == 1 ? String.format("X%02d", i % 100) : null);
      batch.add(row);
      if (batch.size() == 10_000 || i == ACTORS - 1) {
        write("bench-actors", batch);
      }
    }
    RelationType[] types = RelationType.values();
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < RELATIONS; i++) {
      int s = skewed(random);
      int t = skewed(random);
      if (t == s) {
        t = (s + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
      }
      RelationType type = types[random.nextInt(types.length)];
      LocalDate day = start.plusDays(random.nextInt(700));
      Map<String, Object> props = new HashMap<>();
      props.put("articleId", "gen-article-" + random.nextInt(RELATIONS / 5));
      props.put("plover", type.plover().name());
      props.put("cameo", type.cameo());
      props.put("symmetric", type.symmetric());
      props.put("date", day.toString());
      props.put("dateFrom", day);
      props.put("dateTo", day);
      props.put("confidence", 0.5 + random.nextInt(50) / 100.0);
      props.put("negated", false);
      props.put("sentences", List.of("Actor " + s + " " + type.name().toLowerCase() + " Actor " + t + "."));
      batch.add(Map.of("source", "gen:" + s, "target", "gen:" + t, "type", type.name(), "props", props));
      if (batch.size() == 10_000 || i == RELATIONS - 1) {
        write("bench-relations", batch);
      }
    }
  }

  /** Actor indexes with a long tail: low indexes are hubs. */
  private static int skewed(Random random) {
    return (int) Math.min(ACTORS - 1, Math.floor(ACTORS * Math.pow(random.nextDouble(), 1.6)));
  }

  private void write(String statement, List<Map<String, Object>> batch) {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(Cypher.load(statement), Map.of("rows", batch)).consume());
    }
    batch.clear();
  }

  /** Pairs of actors whose shortest path has exactly four relations. */
  private List<String[]> fourHopPairs(int wanted) throws Exception {
    Random random = new Random(7);
    List<String[]> pairs = new ArrayList<>();
    for (int tries = 0; tries < 400 && pairs.size() < wanted; tries++) {
      // Tail actors are the ones far apart.
      String a = "gen:" + (ACTORS / 2 + random.nextInt(ACTORS / 2));
      String b = "gen:" + (ACTORS / 2 + random.nextInt(ACTORS / 2));
      JsonNode paths = get("/api/paths?from=" + enc(a) + "&to=" + enc(b) + "&maxHops=4&roles=false").get("paths");
      if (paths.size() == 1 && paths.get(0).get("edges").size() == 4) {
        pairs.add(new String[] {a, b});
      }
    }
    return pairs;
  }

  private long[] time(int n, IntFunction<String> path) throws Exception {
    for (int i = 0; i < 30; i++) {
      get(path.apply(i)); // warm-up: plans cached, pages in memory, JIT
    }
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      get(path.apply(i));
      nanos[i] = System.nanoTime() - s;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double pct(long[] sorted, int p) {
    int idx = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, idx)] / 1e6;
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
