package org.geokg.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetch path against a server on 127.0.0.1 started here; 127.0.0.1 is allow-listed and every
 * other name goes through a fake resolver, so no traffic leaves this machine.
 */
class PageFetcherTest {

  private static final String HTML_UTF8 =
      "<!doctype html><html><head><title>Zürich</title></head><body><p>Kyiv — Zürich — Αθήνα</p></body></html>";

  private static HttpServer server;
  private static ExecutorService serverThreads;
  private static String base;
  private static byte[] gzipBomb;
  private static final List<String> requests = new CopyOnWriteArrayList<>();
  private static final Map<String, Headers> requestHeaders = new ConcurrentHashMap<>();

  private PageFetcher fetcher;

  @BeforeAll
  static void startServer() throws IOException {
    gzipBomb = gzip(new byte[50 * 1024 * 1024]); // 50 MB of zeros, about 50 KB on the wire
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    server.createContext("/", PageFetcherTest::serve);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow(); // interrupts the deliberately slow handlers
  }

  @BeforeEach
  void newFetcher() {
    requests.clear();
    fetcher = new PageFetcher(settings(), UrlGuardTest.fakeResolver());
  }

  @AfterEach
  void closeFetcher() {
    fetcher.close();
  }

  private static FetchSettings settings() {
    return FetchSettings.defaults().withAllowedHosts(Set.of("127.0.0.1"));
  }

  private static void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    requestHeaders.put(path, exchange.getRequestHeaders());
    Headers out = exchange.getResponseHeaders();
    try (exchange) {
      switch (path) {
        case "/utf8" -> send(exchange, 200, "text/html; charset=UTF-8", HTML_UTF8.getBytes(StandardCharsets.UTF_8));
        case "/latin1-meta" ->
            send(
                exchange,
                200,
                "text/html",
                "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body>Bogotá, São Paulo</body></html>"
                    .getBytes(StandardCharsets.ISO_8859_1));
        case "/latin1-http-equiv" ->
            send(
                exchange,
                200,
                "text/html",
                ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                        + "</head><body>Malmö</body></html>")
                    .getBytes(StandardCharsets.ISO_8859_1));
        case "/header-beats-meta" ->
            send(
                exchange,
                200,
                "text/html; charset=utf-8",
                "<html><head><meta charset=\"iso-8859-1\"></head><body>Kraków</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        case "/no-charset" ->
            send(exchange, 200, "text/html", "<html><body>Ελλάδα</body></html>".getBytes(StandardCharsets.UTF_8));
        case "/invalid-bytes" ->
            send(exchange, 200, "text/html; charset=utf-8", new byte[] {'<', 'p', '>', 'a', (byte) 0xff, 'b'});
        case "/text" -> send(exchange, 200, "text/plain; charset=utf-8", "plain news".getBytes(StandardCharsets.UTF_8));
        case "/xhtml" ->
            send(exchange, 200, "application/xhtml+xml", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8));
        case "/no-type" -> send(exchange, 200, null, "<!DOCTYPE html><html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8));
        case "/no-type-binary" -> send(exchange, 200, null, new byte[] {0x50, 0x4b, 0x03, 0x04});
        case "/gzip" -> {
          out.set("Content-Encoding", "gzip");
          send(exchange, 200, "text/html; charset=utf-8", gzip(HTML_UTF8.getBytes(StandardCharsets.UTF_8)));
        }
        case "/gzip-bomb" -> {
          out.set("Content-Encoding", "gzip");
          send(exchange, 200, "text/html", gzipBomb);
        }
        case "/gzip-corrupt" -> {
          out.set("Content-Encoding", "gzip");
          send(exchange, 200, "text/html", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        }
        case "/brotli" -> {
          out.set("Content-Encoding", "br");
          send(exchange, 200, "text/html", new byte[] {1, 2, 3});
        }
        case "/big-fixed" -> send(exchange, 200, "text/html", new byte[6 * 1024 * 1024]);
        case "/big-chunked" -> {
          out.set("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
          try (OutputStream body = exchange.getResponseBody()) {
            byte[] block = new byte[64 * 1024];
            for (int i = 0; i < 6 * 16; i++) {
              body.write(block);
            }
          } catch (IOException clientHungUp) {
            // expected once the fetcher has seen enough
          }
        }
        case "/missing" -> send(exchange, 404, "text/html", "<h1>nope</h1>".getBytes(StandardCharsets.UTF_8));
        case "/error" -> send(exchange, 503, "text/html", "<h1>busy</h1>".getBytes(StandardCharsets.UTF_8));
        case "/image" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        case "/empty" -> send(exchange, 200, "text/html", new byte[0]);
        case "/r1" -> redirect(exchange, 302, "/r2");
        case "/r2" -> redirect(exchange, 301, base + "/r3");
        case "/r3" -> redirect(exchange, 307, "utf8#section"); // relative, with a fragment
        case "/loop" -> redirect(exchange, 302, "/loop");
        case "/no-location" -> send(exchange, 302, "text/html", new byte[0]);
        case "/to-evil" -> redirect(exchange, 302, "http://evil10.example:" + server.getAddress().getPort() + "/secret");
        case "/to-localhost" -> redirect(exchange, 302, "http://localhost:" + server.getAddress().getPort() + "/utf8");
        case "/to-metadata" -> redirect(exchange, 303, "http://169.254.169.254/latest/meta-data/");
        case "/to-ftp" -> redirect(exchange, 302, "ftp://127.0.0.1/file");
        case "/bad-location" -> redirect(exchange, 302, "http://exa mple.com/ spaces");
        case "/slow-headers" -> {
          sleep(5_000);
          send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        }
        case "/slow-body" -> {
          out.set("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream body = exchange.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              body.write('x');
              body.flush();
              sleep(200);
            }
          } catch (IOException clientHungUp) {
            // expected
          }
        }
        default -> {
          if (path.startsWith("/chain/")) {
            int n = Integer.parseInt(path.substring("/chain/".length()));
            redirect(exchange, 302, "/chain/" + (n + 1));
          } else {
            send(exchange, 404, "text/plain", "unknown".getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  // ---- successful fetches ----

  @Test
  void fetchesHtmlWithCharsetFromTheHeader() {
    FetchResult.Page page = page(fetcher.fetch(uri("/utf8")));
    assertThat(page.finalUrl()).isEqualTo(uri("/utf8"));
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.body()).isEqualTo(HTML_UTF8);
  }

  @Test
  void sendsIdentifyingHeaders() {
    fetcher.fetch(uri("/utf8"));
    Headers headers = requestHeaders.get("/utf8");
    assertThat(headers.getFirst("User-Agent"))
        .isEqualTo("geokg/0.1 (+https://github.com/geokg/geokg; news knowledge-graph builder)");
    assertThat(headers.getFirst("Accept-Encoding")).isEqualTo("gzip");
    assertThat(headers.getFirst("Accept")).startsWith("text/html");
  }

  @Test
  void readsTheCharsetFromAMetaTag() {
    assertThat(page(fetcher.fetch(uri("/latin1-meta"))).body()).contains("Café", "Bogotá, São Paulo");
    assertThat(page(fetcher.fetch(uri("/latin1-http-equiv"))).body()).contains("Malmö");
  }

  @Test
  void headerCharsetWinsOverMetaAndUtf8IsTheDefault() {
    assertThat(page(fetcher.fetch(uri("/header-beats-meta"))).body()).contains("Kraków");
    assertThat(page(fetcher.fetch(uri("/no-charset"))).body()).contains("Ελλάδα");
  }

  @Test
  void replacesInvalidBytes() {
    assertThat(page(fetcher.fetch(uri("/invalid-bytes"))).body()).isEqualTo("<p>a\uFFFDb");
  }

  @Test
  void acceptsPlainTextAndXhtml() {
    FetchResult.Page text = page(fetcher.fetch(uri("/text")));
    assertThat(text.contentType()).isEqualTo("text/plain");
    assertThat(text.body()).isEqualTo("plain news");
    assertThat(page(fetcher.fetch(uri("/xhtml"))).contentType()).isEqualTo("application/xhtml+xml");
  }

  @Test
  void acceptsAnUntypedPageOnlyWhenItIsPlainlyHtml() {
    assertThat(page(fetcher.fetch(uri("/no-type"))).contentType()).isEqualTo("text/html");
    assertThat(failure(fetcher.fetch(uri("/no-type-binary")))).contains("no content type");
  }

  @Test
  void decompressesGzip() {
    assertThat(page(fetcher.fetch(uri("/gzip"))).body()).isEqualTo(HTML_UTF8);
  }

  // ---- size limits ----

  @Test
  void refusesAGzipBombAtTheCap() {
    long start = System.nanoTime();
    String reason = failure(fetcher.fetch(uri("/gzip-bomb")));
    assertThat(reason).isEqualTo("page at " + base + "/gzip-bomb is larger than 5 MB");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void refusesOversizedBodiesWithOrWithoutALength() {
    assertThat(failure(fetcher.fetch(uri("/big-fixed")))).endsWith("/big-fixed is larger than 5 MB");
    assertThat(failure(fetcher.fetch(uri("/big-chunked")))).endsWith("/big-chunked is larger than 5 MB");
  }

  @Test
  void sizeCapIsConfigurable() {
    try (PageFetcher small = new PageFetcher(settings().withMaxBytes(100), UrlGuardTest.fakeResolver())) {
      assertThat(failure(small.fetch(uri("/utf8")))).endsWith("is larger than 100 bytes");
      assertThat(failure(small.fetch(uri("/gzip")))).endsWith("is larger than 100 bytes");
    }
  }

  // ---- refusals and errors ----

  @Test
  void reportsHttpErrors() {
    FetchResult missing = fetcher.fetch(uri("/missing"));
    assertThat(failure(missing)).isEqualTo(base + "/missing answered 404 Not Found");
    assertThat(((FetchResult.Failed) missing).refused()).as("a failed request, not a refused URL").isFalse();
    assertThat(failure(fetcher.fetch(uri("/error")))).isEqualTo(base + "/error answered 503 Service Unavailable");
  }

  @Test
  void refusesOtherContentTypes() {
    assertThat(failure(fetcher.fetch(uri("/image")))).isEqualTo(base + "/image is image/png, not an HTML or text page");
  }

  @Test
  void refusesBadBodies() {
    assertThat(failure(fetcher.fetch(uri("/gzip-corrupt")))).contains("corrupt gzip");
    assertThat(failure(fetcher.fetch(uri("/brotli")))).contains("unsupported content encoding (br)");
    assertThat(failure(fetcher.fetch(uri("/empty")))).contains("empty page");
  }

  @Test
  void refusesLoopbackWhenNotAllowListed() {
    try (PageFetcher strict = new PageFetcher(FetchSettings.defaults(), UrlGuardTest.fakeResolver())) {
      assertThat(failure(strict.fetch(uri("/utf8")))).contains("127.0.0.1 is a loopback address");
    }
    assertThat(requests).isEmpty();
  }

  @Test
  void reportsRefusedConnections() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThat(failure(fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/"))))
        .contains("could not connect to 127.0.0.1:" + closedPort);
  }

  @Test
  void reportsTlsErrors() throws Exception {
    // A loopback server that answers a TLS ClientHello in plain HTTP, so the handshake fails.
    // It must not close with the ClientHello half read: that close sends a reset, which can reach
    // the client before the answer and discard it, and the client then retries on a second
    // connection. So each connection (a retry included) gets the answer, then an orderly close
    // after the client's bytes are drained.
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answer =
          Thread.ofPlatform()
              .daemon()
              .name("tls-answer")
              .start(
                  () -> {
                    while (!plain.isClosed()) {
                      try (var socket = plain.accept()) {
                        socket.getInputStream().read(new byte[512]);
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        socket.shutdownOutput();
                        socket.getInputStream().transferTo(OutputStream.nullOutputStream());
                      } catch (IOException closedOrReset) {
                        // the server socket closed at the end of the test, or the client gave up
                      }
                    }
                  });
      URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/utf8");
      // The first TLS handshake of a JVM initialises the TLS machinery, which takes seconds on a busy
      // two-core machine; a generous connect timeout keeps this about the error, not the clock.
      FetchSettings patient = settings().withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(90));
      try (PageFetcher tls = new PageFetcher(patient, UrlGuardTest.fakeResolver())) {
        assertThat(failure(tls.fetch(https))).startsWith(https + ": TLS");
      }
      plain.close();
      answer.join(2_000);
    }
  }

  @Test
  void servesConcurrentFetches() throws Exception {
    try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String path = List.of("/utf8", "/gzip", "/r1", "/missing").get(i % 4);
        results.add(callers.submit(() -> fetcher.fetch(uri(path))));
      }
      for (int i = 0; i < results.size(); i++) {
        FetchResult result = results.get(i).get();
        if (i % 4 == 3) {
          assertThat(failure(result)).endsWith("404 Not Found");
        } else {
          assertThat(page(result).body()).isEqualTo(HTML_UTF8);
        }
      }
    }
  }

  @Test
  void addsAPathAndDropsTheFragment() {
    assertThat(PageFetcher.requestable(URI.create("http://a.example"))).isEqualTo(URI.create("http://a.example/"));
    assertThat(PageFetcher.requestable(URI.create("http://a.example?q=1#top")))
        .isEqualTo(URI.create("http://a.example/?q=1"));
    assertThat(page(fetcher.fetch(URI.create(base + "/utf8#comments"))).finalUrl()).isEqualTo(uri("/utf8"));
  }

  // ---- redirects ----

  @Test
  void followsRedirectsWithinTheBound() {
    FetchResult.Page page = page(fetcher.fetch(uri("/r1")));
    assertThat(page.finalUrl()).isEqualTo(uri("/utf8"));
    assertThat(page.body()).isEqualTo(HTML_UTF8);
    assertThat(requests).containsExactly("/r1", "/r2", "/r3", "/utf8");
  }

  @Test
  void stopsRedirectLoops() {
    assertThat(failure(fetcher.fetch(uri("/loop")))).contains("redirects in a loop");
    assertThat(requests).containsExactly("/loop");
  }

  @Test
  void stopsLongRedirectChains() {
    assertThat(failure(fetcher.fetch(uri("/chain/0")))).isEqualTo(base + "/chain/0 redirected more than 5 times");
    assertThat(requests).hasSize(6);
    try (PageFetcher none = new PageFetcher(settings().withMaxRedirects(0), UrlGuardTest.fakeResolver())) {
      assertThat(failure(none.fetch(uri("/r1")))).contains("redirected more than 0 times");
    }
  }

  @Test
  void refusesRedirectsToPrivateHosts() {
    FetchResult evil = fetcher.fetch(uri("/to-evil"));
    assertThat(failure(evil))
        .startsWith("refused to fetch http://evil10.example:")
        .contains("evil10.example resolves to 10.0.0.1, a private address")
        .endsWith("(redirected from " + base + "/to-evil)");
    assertThat(((FetchResult.Failed) evil).refused()).as("refused by the guard, not failed").isTrue();
    assertThat(failure(fetcher.fetch(uri("/to-localhost")))).contains("localhost is a loopback name");
    assertThat(failure(fetcher.fetch(uri("/to-metadata")))).contains("169.254.169.254 is a cloud metadata address");
    assertThat(failure(fetcher.fetch(uri("/to-ftp")))).contains("only http and https");
    assertThat(requests).containsExactly("/to-evil", "/to-localhost", "/to-metadata", "/to-ftp");
  }

  @Test
  void reportsUnusableRedirects() {
    assertThat(failure(fetcher.fetch(uri("/no-location")))).isEqualTo(base + "/no-location answered 302 Found without a Location header");
    assertThat(failure(fetcher.fetch(uri("/bad-location")))).contains("redirected to an invalid URL");
  }

  // ---- time limits ----

  @Test
  void timesOutOnSlowHeaders() {
    try (PageFetcher quick = quickFetcher()) {
      long start = System.nanoTime();
      assertThat(failure(quick.fetch(uri("/slow-headers")))).isEqualTo("fetching " + base + "/slow-headers timed out after 500 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void timesOutOnATricklingBody() {
    try (PageFetcher quick = quickFetcher()) {
      long start = System.nanoTime();
      assertThat(failure(quick.fetch(uri("/slow-body")))).contains("timed out after 500 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  // ---- arguments and settings ----

  @Test
  void refusesNonHttpUrlsWithoutThrowing() {
    assertThat(failure(fetcher.fetch(URI.create("file:///etc/passwd")))).contains("only http and https");
    assertThat(failure(fetcher.fetch(URI.create("relative/page.html")))).contains("not an absolute URL");
  }

  @Test
  void settingsValidate() {
    FetchSettings d = FetchSettings.defaults();
    assertThat(d.maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(d.maxRedirects()).isEqualTo(5);
    assertThat(d.allowedHosts()).isEmpty();
    assertThat(d.withAllowedHosts(Set.of("LocalHost.", "[::1]")).allowedHosts()).containsExactlyInAnyOrder("localhost", "::1");
    assertThatThrownBy(() -> d.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withAllowedHosts(Set.of(" "))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new FetchSettings(d.connectTimeout(), d.timeout(), 1, 1, Set.of(), "geokg\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messagesReadWell() {
    assertThat(FetchMessages.size(5L * 1024 * 1024)).isEqualTo("5 MB");
    assertThat(FetchMessages.size(1536)).isEqualTo("2 KB");
    assertThat(FetchMessages.duration(Duration.ofSeconds(10))).isEqualTo("10 s");
    assertThat(FetchMessages.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(FetchMessages.status(404)).isEqualTo("404 Not Found");
    assertThat(FetchMessages.status(599)).isEqualTo("599");
    assertThat(FetchBodies.lookup("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
    assertThat(FetchBodies.lookup("no-such-charset")).isNull();
  }

  // ---- helpers ----

  private PageFetcher quickFetcher() {
    return new PageFetcher(
        settings().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500)), UrlGuardTest.fakeResolver());
  }

  private static URI uri(String path) {
    return URI.create(base + path);
  }

  private static FetchResult.Page page(FetchResult result) {
    assertThat(result).isInstanceOf(FetchResult.Page.class);
    return (FetchResult.Page) result;
  }

  private static String failure(FetchResult result) {
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    return ((FetchResult.Failed) result).reason();
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException clientHungUp) {
      // the fetcher may drop the connection once it has decided not to read the body
    }
  }

  private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(status, -1);
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return buffer.toByteArray();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
