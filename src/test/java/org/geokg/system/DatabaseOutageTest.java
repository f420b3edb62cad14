package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.geokg.SharedData;
import org.geokg.TestDatabase;
import org.geokg.article.ArticleInput;
import org.geokg.ingest.BatchIngester;
import org.geokg.ingest.IngestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against a Neo4j "server" (an embedded DBMS of the test's own, reached through
 * spring.neo4j.uri like any remote server) that goes away and comes back: health says DOWN, the
 * API answers 503 problem+json, batch ingestion waits and loses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path dir;
  private static int bolt;
  private static EmbeddedNeo4j server;

  @DynamicPropertySource
  static void externalServer(DynamicPropertyRegistry registry) throws IOException {
    dir = TestDatabase.folder("outage");
    bolt = TestDatabase.freePort();
    server = new EmbeddedNeo4j(dir, "127.0.0.1", bolt);
    registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + bolt);
    // The server keeps its password in its data folder, so the restarted one below takes the same.
    String password = Files.readString(server.passwordFile()).strip();
    registry.add("spring.neo4j.authentication.password", () -> password);
    registry.add("geokg.transaction-retry-time", () -> "1s");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @LocalServerPort int port;
  @Autowired IngestService ingest;

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void answersNormallyWhileTheDatabaseIsUp() throws Exception {
    assertThat(get("/api/relations").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void reportsDownAndAnswers503WhileTheDatabaseIsAway() throws Exception {
    server.close();
    server = null;
    HttpResponse<String> r = get("/api/relations");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(r.body()).contains("graph database");
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("\"neo4j\":{").contains("DOWN");
  }

  @Test
  @Order(3)
  void batchIngestionWaitsForTheDatabaseAndLosesNothing() throws Exception {
    String text = SharedData.seedText();
    while (!org.geokg.nlp.CoreNlpAnnotator.shared().isReady()) {
      Thread.sleep(200); // so that only the database, not model loading, can hold the batch up
    }
    BatchIngester batch = new BatchIngester(ingest, 1);
    CompletableFuture<BatchIngester.Report> running = CompletableFuture.supplyAsync(() -> batch.run(
        List.of(new BatchIngester.Item("seed", () -> ArticleInput.ofText(text, LocalDate.of(2024, 11, 15))))
            .iterator(), 1, (done, total, elapsed) -> { }));
    Thread.sleep(3000); // the batch is retrying against the absent database by now
    assertThat(running).isNotDone();
    server = new EmbeddedNeo4j(dir, "127.0.0.1", bolt);
    BatchIngester.Report report = running.get(3, TimeUnit.MINUTES);
    assertThat(report.failures()).isEmpty();
    assertThat(report.ingested()).isEqualTo(1);
    assertThat(get("/api/relations?type=MET_WITH").body()).contains("Amir Saeid Iravani");
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
  }
}
