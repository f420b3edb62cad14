package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

public class WarcPagesTest {

  /** Writes a WARC holding the given HTTP responses (raw bytes) captured at the given URLs. */
  public static Path writeWarc(Path dir, boolean gzip, List<String[]> urlAndHttp) throws IOException {
    Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (String[] r : urlAndHttp) {
        w.write(new WarcRequest.Builder(URI.create(r[0])).date(Instant.parse("2024-11-15T10:00:00Z"))
            .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
            .build());
        w.write(new WarcResponse.Builder(URI.create(r[0])).date(Instant.parse("2024-11-15T10:00:00Z"))
            .body(MediaType.HTTP_RESPONSE, r[1].getBytes(StandardCharsets.UTF_8)).build());
      }
    }
    return file;
  }

  public static String http(int status, String type, String body) {
    return "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  @Test
  void offsetsNameEveryPageAndReadEachAsTheArchiveIteratorDoes(@TempDir Path dir) throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path f = writeWarc(java.nio.file.Files.createDirectories(dir.resolve(gzip ? "gz" : "plain")), gzip, List.of(
          new String[] {"https://example.org/a", http(200, "text/html; charset=utf-8", "<html><p>A</p></html>")},
          new String[] {"https://example.org/img", http(200, "image/png", "png")},
          new String[] {"https://example.org/gone", http(404, "text/html", "<p>no</p>")},
          new String[] {"https://example.org/b", http(200, "text/html", "<html><p>B</p></html>")}));
      List<Long> offsets = WarcPages.pageOffsets(f);
      assertThat(offsets).as("gzip " + gzip).hasSize(2);
      List<WarcPages.Page> iterated = new java.util.ArrayList<>();
      try (WarcPages pages = new WarcPages(f, 1_000_000)) {
        pages.forEachRemaining(iterated::add);
      }
      for (int i = 0; i < offsets.size(); i++) {
        assertThat(WarcPages.pageAt(f, offsets.get(i), 1_000_000)).as("gzip " + gzip).contains(iterated.get(i));
      }
    }
  }

  @Test
  void yieldsOnlyTheHtmlResponsesOfAnArchive(@TempDir Path dir) throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path warc = writeWarc(dir, gzip, List.of(
          new String[] {"https://news.example/a.html", http(200, "text/html; charset=utf-8", "<html><p>Café</p></html>")},
          new String[] {"https://news.example/missing", http(404, "text/html", "<html>not found</html>")},
          new String[] {"https://news.example/logo.png", http(200, "image/png", "PNG")},
          new String[] {"https://news.example/b.html", http(200, "application/xhtml+xml", "<html><p>B</p></html>")}));
      List<WarcPages.Page> pages = new ArrayList<>();
      try (WarcPages it = new WarcPages(warc, 1_000_000)) {
        it.forEachRemaining(pages::add);
      }
      assertThat(pages).extracting(WarcPages.Page::url)
          .containsExactly("https://news.example/a.html", "https://news.example/b.html");
      assertThat(pages.get(0).html()).contains("Café");
      assertThat(pages.get(0).capturedAt()).isEqualTo(LocalDate.of(2024, 11, 15));
    }
  }

  @Test
  void skipsBodiesOverTheSizeCap(@TempDir Path dir) throws IOException {
    Path warc = writeWarc(dir, false, List.of(
        new String[] {"https://news.example/big.html", http(200, "text/html", "<p>" + "x".repeat(5000) + "</p>")},
        new String[] {"https://news.example/small.html", http(200, "text/html", "<p>small</p>")}));
    try (WarcPages it = new WarcPages(warc, 1000)) {
      assertThat(it.next().url()).isEqualTo("https://news.example/small.html");
      assertThat(it.hasNext()).isFalse();
    }
  }
}
