package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code serve} polls a configured feed (served on loopback) and ingests each item once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedPollerTest {

  private static HttpServer server;
  private static final AtomicInteger pageRequests = new AtomicInteger();

  @DynamicPropertySource
  static void feedAndDatabase(DynamicPropertyRegistry registry) throws IOException {
    TestDatabase.register(registry, "feeds");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/rss.xml", x -> reply(x, "application/rss+xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Ministers meet</title><link>/world/ministers.html</link></item>
        <item><title>Sanctions</title><link>/world/embargo.html</link></item>
        </channel></rss>"""));
    server.createContext("/world/ministers.html", x -> page(x, "ministers.html"));
    server.createContext("/world/embargo.html", x -> page(x, "embargo.html"));
    server.start();
    String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
    registry.add("geokg.feeds.urls", () -> feed);
    registry.add("geokg.feeds.interval", () -> "1s");
    registry.add("geokg.fetch.allowed-hosts", () -> "127.0.0.1");
    registry.add("geokg.fetch.timeout", () -> "60s"); // fetched while the NLP models load
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void page(HttpExchange x, String name) throws IOException {
    pageRequests.incrementAndGet();
    try (InputStream in = FeedPollerTest.class.getResourceAsStream("/ingest/" + name)) {
      reply(x, "text/html; charset=utf-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void reply(HttpExchange x, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Autowired FeedPoller poller;
  @Autowired Driver driver;

  private long count(String cypher) {
    try (var s = driver.session()) {
      return s.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void ingestsEachNewItemOnceAndRemembersIt() throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (count("MATCH (i:FeedItem) RETURN count(i)") < 2 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    int pollsSoFar = poller.polls();
    while (poller.polls() < pollsSoFar + 2 && System.nanoTime() < deadline) {
      Thread.sleep(200); // two more polls of a feed with nothing new
    }
    assertThat(count("MATCH (a:Article) WHERE a.url ENDS WITH '.html' RETURN count(a)")).isEqualTo(2);
    assertThat(count("MATCH (i:FeedItem {outcome: 'ingested'}) RETURN count(i)")).isEqualTo(2);
    assertThat(pageRequests.get()).isEqualTo(2);
    assertThat(poller.polls()).isGreaterThanOrEqualTo(pollsSoFar + 2);
  }
}
