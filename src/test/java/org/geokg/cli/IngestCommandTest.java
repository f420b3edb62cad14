package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import org.geokg.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code geokg ingest} over every kind of source at once — a folder (text and HTML), an RSS feed
 * served on loopback, a WARC archive — with a duplicate and a broken input, through the real
 * pipeline into an embedded database.
 */
class IngestCommandTest {

  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void serveFeedAndPages() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String page = resource("ministers.html");
    server.createContext("/feed.xml", x -> {
      String rss = """
          <?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>
          <item><title>Ministers meet</title><link>/news/ministers.html</link></item>
          <item><title>Same story, syndicated</title><link>/partner/ministers-copy.html</link></item>
          </channel></rss>""";
      reply(x, "application/rss+xml", rss);
    });
    server.createContext("/news/ministers.html", x -> reply(x, "text/html; charset=utf-8", page));
    server.createContext("/partner/ministers-copy.html", x -> reply(x, "text/html; charset=utf-8", page));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange x, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = IngestCommandTest.class.getResourceAsStream("/ingest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void ingestsFoldersFeedsAndArchivesReportingDuplicatesAndFailures(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("inbox/nested"));
    Files.copy(SharedData.seedArticle(), folder.resolve("seed.txt"));
    Files.write(tmp.resolve("inbox/broken.html"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0});
    Files.writeString(tmp.resolve("inbox/ignored.pdf"), "not an article");
    Files.copy(IngestCommandTest.class.getResourceAsStream("/language/german-behind-english-template.html"),
        tmp.resolve("inbox/nachricht.html"));
    Path warc = tmp.resolve("crawl.warc.gz");
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      String html = resource("embargo.html");
      String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
          + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
      w.write(new WarcResponse.Builder(URI.create("https://wire.example/2024/11/13/sanctions"))
          .date(Instant.parse("2024-11-13T16:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8)).build());
    }
    int bolt;
    try (ServerSocket s = new ServerSocket(0)) {
      bolt = s.getLocalPort();
    }
    Path data = tmp.resolve("db");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // The fetch timeout is raised because the feed is fetched while the NLP models load on two busy
    // cores; it bounds a hang, it does not time anything.
    int status = Main.run(new String[] {"ingest", tmp.resolve("inbox").toString(), "--feed", base + "/feed.xml",
        "--warc", warc.toString(), "--published-at=2024-11-15", "--geokg.data-dir=" + data,
        "--geokg.bolt-port=" + bolt, "--geokg.fetch.allowed-hosts=127.0.0.1", "--geokg.fetch.timeout=60s"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    String summary = out.toString(StandardCharsets.UTF_8).strip();
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(status).as(errors).isEqualTo(1);
    assertThat(summary).as(errors).startsWith("ingested 3 of 6 articles (0 unchanged, 1 duplicates, 1 not English, 1 failed)");
    assertThat(errors).contains("broken.html").doesNotContain("ignored.pdf").doesNotContain("Exception");

    // The database is closed again after the command; reopen it to check what was written.
    Map<String, Long> counts = countsIn(data, bolt);
    assertThat(counts.get("articles")).isEqualTo(3);
    assertThat(counts.get("relations")).isPositive();

    // Again, unchanged: nothing new, nothing duplicated.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    Main.run(new String[] {"ingest", folder.resolve("seed.txt").toString(), "--published-at=2024-11-15",
        "--geokg.data-dir=" + data, "--geokg.bolt-port=" + bolt},
        new PrintStream(again, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("ingested 1 of 1 articles (1 unchanged");
    assertThat(countsIn(data, bolt)).isEqualTo(counts);
  }

  @Test
  void refusesBadArgumentsInOneLineWithStatusTwo() {
    for (String[] args : new String[][] {{"ingest"}, {"ingest", "/no/such/file"}, {"ingest", "x", "--published-at", "2024-13-01"},
        {"ingest", "--workers", "0", "-"}}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("geokg ingest: ").doesNotContain("\n");
    }
  }

  private static Map<String, Long> countsIn(Path data, int bolt) {
    var db = new org.geokg.system.EmbeddedNeo4j(data, "127.0.0.1", bolt);
    try (var driver = GraphDatabase.driver(db.boltUri(), db.authToken()); var session = driver.session()) {
      long articles = session.run("MATCH (a:Article) RETURN count(a)").single().get(0).asLong();
      long relations = session.run("MATCH ()-[r]->() WHERE r.plover IS NOT NULL RETURN count(r)").single().get(0).asLong();
      long actors = session.run("MATCH (a:Actor) RETURN count(a)").single().get(0).asLong();
      return Map.of("articles", articles, "relations", relations, "actors", actors);
    } finally {
      db.close();
    }
  }
}
