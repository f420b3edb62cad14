package org.geokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.geokg.article.ArticleInput;
import org.geokg.ingest.IngestResult;
import org.geokg.ingest.IngestService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code geokg ingest <file|folder|url>... [--published-at YYYY-MM-DD]}: every {@code .html},
 * {@code .htm}, {@code .html.gz} and {@code .txt} file (folders recursively) and every URL, one
 * article each; a failing input is reported and skipped. Ends with one summary line; exit 0 when
 * all inputs were stored, 1 when some failed, 2 for bad arguments.
 */
final class IngestCommand {

  private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private IngestCommand() {}

  /** One input to ingest. */
  private record Source(String name, Path file, String url) {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    LocalDate publishedAt = null;
    List<String> springArgs = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--published-at") || a.startsWith("--published-at=")) {
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(++i) : "";
        try {
          publishedAt = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
          err.println("geokg ingest: --published-at must be a date as YYYY-MM-DD, got '" + v + "'");
          return 2;
        }
      } else if (a.startsWith("--")) {
        springArgs.add(a);
      } else if (a.matches("(?i)https?://.*")) {
        sources.add(new Source(a, null, a));
      } else {
        Path p = Path.of(a);
        if (!Files.exists(p)) {
          err.println("geokg ingest: no such file or folder: " + a);
          return 2;
        }
        try {
          sources.addAll(files(p));
        } catch (IOException e) {
          err.println("geokg ingest: cannot read " + a + ": " + e.getMessage());
          return 2;
        }
      }
    }
    if (sources.isEmpty()) {
      err.println("geokg ingest: nothing to ingest; give files, folders (.html, .htm, .html.gz, .txt) or URLs");
      return 2;
    }
    long start = System.nanoTime();
    int stored = 0;
    int unchanged = 0;
    int failed = 0;
    int relations = 0;
    try (ConfigurableApplicationContext ctx = Main.offlineContext(springArgs)) {
      IngestService ingest = ctx.getBean(IngestService.class);
      for (Source s : sources) {
        try {
          switch (ingest.ingest(input(s, publishedAt))) {
            case IngestResult.Ingested ok -> {
              stored++;
              unchanged += ok.unchanged() ? 1 : 0;
              relations += ok.graph().relations().size();
            }
            case IngestResult.Rejected r -> {
              failed++;
              err.println("geokg ingest: " + s.name() + ": " + r.reason());
            }
          }
        } catch (IOException | IllegalArgumentException e) {
          failed++;
          err.println("geokg ingest: " + s.name() + ": " + e.getMessage());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "ingested %d of %d articles (%d unchanged, %d failed), %d relations, in %.1f s%n",
        stored, sources.size(), unchanged, failed, relations, seconds);
    return failed == 0 ? 0 : 1;
  }

  private static List<Source> files(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(new Source(p.toString(), p, null));
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> kind(f) != null)
          .sorted()
          .map(f -> new Source(f.toString(), f, null))
          .toList();
    }
  }

  /** "html" or "text" by file name, null for files a folder walk skips. */
  private static String kind(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")) {
      return "html";
    }
    return n.endsWith(".txt") || n.endsWith(".text") ? "text" : null;
  }

  private static ArticleInput input(Source s, LocalDate publishedAt) throws IOException {
    if (s.url() != null) {
      return new ArticleInput(s.url(), null, null, null, publishedAt);
    }
    String content = read(s.file());
    return "html".equals(kind(s.file()))
        ? new ArticleInput(null, content, null, null, publishedAt)
        : new ArticleInput(null, null, content, null, publishedAt);
  }

  /** The file's text; gzip is unpacked with a size cap so that a gzip bomb is refused. */
  private static String read(Path f) throws IOException {
    if (Files.size(f) > MAX_FILE_BYTES) {
      throw new IOException("file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }
    byte[] bytes;
    if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        for (int n; (n = in.read(chunk)) > 0; ) {
          buf.write(chunk, 0, n);
          if (buf.size() > MAX_FILE_BYTES) {
            throw new IOException("unpacks to more than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
          }
        }
        bytes = buf.toByteArray();
      }
    } else {
      bytes = Files.readAllBytes(f);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
