package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent use over loopback: 8 ingest streams whose articles share actors (no duplicate actor,
 * no failed article), then 50 clients on the read endpoints (no error). CI runs the reads for
 * {@code -Dgeokg.load.seconds} (default 10); the long version is 60. Latencies are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadTest {

  private static final int STREAMS = 8;
  private static final int CLIENTS = 50;
  private static final int SECONDS = Integer.getInteger("geokg.load.seconds", 10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .executor(Executors.newFixedThreadPool(16)).build();

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "load");
  }

  @LocalServerPort int port;
  @Autowired Driver driver;

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  @Test
  @Order(1)
  void eightIngestStreamsSharingActorsCreateNoDuplicateActors(@TempDir Path tmp) throws Exception {
    Path batch = CrashSafetyTest.writeBatch(tmp);
    List<Path> files;
    try (var list = Files.list(batch)) {
      files = list.sorted().toList();
    }
    ExecutorService streams = Executors.newFixedThreadPool(STREAMS);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int s = 0; s < STREAMS; s++) {
      int stream = s;
      results.add(streams.submit(() -> {
        List<Integer> statuses = new ArrayList<>();
        for (int i = stream; i < files.size(); i += STREAMS) {
          String body = JsonMapper.builder().build().writeValueAsString(java.util.Map.of(
              "text", Files.readString(files.get(i)), "publishedAt", "2024-11-15"));
          statuses.add(send(at("/api/articles").header("content-type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
        }
        return statuses;
      }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> f : results) {
      statuses.addAll(f.get());
    }
    streams.shutdown();
    assertThat(statuses).hasSize(files.size()).allMatch(s -> s == 201);
    try (var session = driver.session()) {
      assertThat(session.run("MATCH (a:Article) RETURN count(a)").single().get(0).asLong()).isEqualTo(files.size());
      assertThat(session.run("MATCH (a:Actor) WITH a.name AS name, a.kind AS kind, count(*) AS n WHERE n > 1"
          + " RETURN collect(name)").single().get(0).asList()).isEmpty();
      assertThat(session.run("MATCH (a:Country {key: 'country:FRA'}) RETURN count(a)").single().get(0).asLong())
          .isEqualTo(1);
    }
  }

  @Test
  @Order(2)
  void fiftyReadClientsGetNoErrors() throws Exception {
    List<String> paths = List.of("/api/relations?limit=20", "/api/actors?q=france", "/api/actors/country:FRA",
        "/api/actors/country:FRA/relations?limit=20", "/api/actors/country:FRA/network?depth=2", "/api/stats",
        "/api/relations?type=MET_WITH&since=2024-01-01");
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger requests = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.execute(() -> {
        int i = client;
        while (System.nanoTime() < end) {
          String path = paths.get(i++ % paths.size());
          long t = System.nanoTime();
          try {
            int status = HTTP.send(at(path).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
              errors.add(path + " -> " + status);
            }
          } catch (Exception e) {
            errors.add(path + " -> " + e);
          }
          latencies.add(System.nanoTime() - t);
          requests.incrementAndGet();
        }
      });
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(SECONDS + 120L, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(Locale.ROOT, "LoadTest: %d clients, %d s, %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, %d errors%n",
        CLIENTS, SECONDS, requests.get(), requests.get() / (double) SECONDS, sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6, errors.size());
    assertThat(errors).isEmpty();
    assertThat(requests.get()).isGreaterThan(CLIENTS);
  }
}
