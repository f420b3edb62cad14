package org.geokg.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.geokg.article.Article;
import org.geokg.article.ExtractionMetric;
import org.geokg.article.ExtractionResult;
import org.geokg.article.ExtractionResult.Extracted;
import org.geokg.article.ExtractionResult.NoArticle;
import org.geokg.article.HtmlArticleExtractor;
import org.geokg.fetch.PageDecoding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article-extraction benchmark: extracts every page of a folder, scores the bodies against a
 * ground truth with {@link ExtractionMetric}, and measures single-thread throughput. Also holds the
 * logic of the {@code extract} and {@code eval-extraction} commands.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class ExtractionBenchmark {

  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ExtractionBenchmark() {}

  /** What the {@code extract} command writes for one page; {@code date} is YYYY-MM-DD or null. */
  public record ExtractedRecord(
      String articleBody,
      String title,
      String author,
      String date,
      String url,
      String publisher,
      String language) {
    public ExtractedRecord {
      articleBody = articleBody == null ? "" : articleBody;
    }

    static ExtractedRecord of(ExtractionResult result) {
      return switch (result) {
        case Extracted(Article a) ->
            new ExtractedRecord(
                a.text(),
                a.title(),
                a.author(),
                a.publishedAt() == null ? null : a.publishedAt().toString(),
                a.url(),
                a.publisher(),
                a.language());
        case NoArticle n -> new ExtractedRecord("", null, null, null, null, null, null);
      };
    }
  }

  /**
   * Benchmark results: body precision, recall and F1 over the truth's pages, and the share of right
   * titles and dates over the pages whose truth has them ({@code NaN} when none has).
   */
  public record Report(
      int pages,
      double precision,
      double recall,
      double f1,
      int titledPages,
      double titleAccuracy,
      int datedPages,
      double dateAccuracy) {
    public Report {
      if (pages < 0 || titledPages < 0 || datedPages < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }

    /** One line per figure, e.g. {@code pages 181  precision 0.951  recall 0.973  F1 0.962}. */
    public String format() {
      StringBuilder sb =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "pages %d  precision %.3f  recall %.3f  F1 %.3f",
                  pages,
                  precision,
                  recall,
                  f1));
      if (titledPages > 0) {
        sb.append(String.format(Locale.ROOT, "%ntitle accuracy %.3f (%d pages)", titleAccuracy, titledPages));
      }
      if (datedPages > 0) {
        sb.append(String.format(Locale.ROOT, "%ndate accuracy %.3f (%d pages)", dateAccuracy, datedPages));
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /** Extracts every {@code .html}, {@code .htm} and {@code .html.gz} page of a folder, by page id. */
  static Map<String, ExtractedRecord> extractFolder(Path folder) throws IOException {
    Map<String, ExtractedRecord> out = new TreeMap<>();
    for (Map.Entry<String, String> page : readPages(folder).entrySet()) {
      out.put(page.getKey(), ExtractedRecord.of(EXTRACTOR.extract(page.getValue(), null)));
    }
    return out;
  }

  /** Extracts the folder and scores it against a truth file {@code {id: {"articleBody": ...}}}. */
  static Report evaluate(Path folder, Path truthJson) throws IOException {
    Map<String, ExtractedRecord> extracted = extractFolder(folder);
    JsonNode truth;
    try {
      truth = JSON.readTree(truthJson.toFile());
    } catch (JacksonException e) {
      throw new IOException("cannot read " + truthJson + ": " + e.getOriginalMessage(), e);
    }
    if (truth == null || !truth.isObject()) {
      throw new IOException(truthJson + " is not a JSON object of pages");
    }
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    int titled = 0;
    int titleRight = 0;
    int dated = 0;
    int dateRight = 0;
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      JsonNode page = e.getValue();
      gold.put(e.getKey(), page.path("articleBody").asString(""));
      ExtractedRecord rec = extracted.get(e.getKey());
      if (rec != null) {
        predicted.put(e.getKey(), rec.articleBody());
      }
      if (page.hasNonNull("title")) {
        titled++;
        if (rec != null && rec.title() != null && normalize(rec.title()).equals(normalize(page.get("title").asString("")))) {
          titleRight++;
        }
      }
      if (page.hasNonNull("date")) {
        dated++;
        String d = page.get("date").asString("");
        if (rec != null && rec.date() != null && d.startsWith(rec.date())) {
          dateRight++;
        }
      }
    }
    ExtractionMetric.Score s = ExtractionMetric.evaluate(predicted, gold);
    return new Report(
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1(),
        titled,
        titled == 0 ? Double.NaN : (double) titleRight / titled,
        dated,
        dated == 0 ? Double.NaN : (double) dateRight / dated);
  }

  /**
   * Parse-and-extract throughput on one thread, in pages per second, over pages already read into
   * memory (I/O and decoding excluded).
   */
  static double pagesPerSecond(Path folder, int warmupRounds, int rounds) throws IOException {
    if (rounds < 1 || warmupRounds < 0) {
      throw new IllegalArgumentException("need at least one measured round");
    }
    List<String> pages = new ArrayList<>(readPages(folder).values());
    if (pages.isEmpty()) {
      throw new IOException("no pages in " + folder);
    }
    long sink = 0;
    for (int r = 0; r < warmupRounds; r++) {
      for (String html : pages) {
        sink += EXTRACTOR.extractBody(html).length();
      }
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String html : pages) {
        sink += EXTRACTOR.extractBody(html).length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink == Long.MIN_VALUE) {
      throw new IllegalStateException(); // keeps the work observable
    }
    return pages.size() * (double) rounds / seconds;
  }

  /** {@code extract <folder> --out <file.json>}: 0 on success, 2 on bad arguments, 1 on I/O errors. */
  public static int runExtract(List<String> args, PrintStream out, PrintStream err) {
    String folder = null;
    String target = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--out")) {
        if (i + 1 >= args.size()) {
          err.println("extract: --out needs a file name");
          return 2;
        }
        target = args.get(++i);
      } else if (a.startsWith("--out=")) {
        target = a.substring("--out=".length());
      } else if (a.startsWith("-") || folder != null) {
        err.println("extract: unexpected argument '" + a + "'; usage: extract <folder> --out <file.json>");
        return 2;
      } else {
        folder = a;
      }
    }
    if (folder == null || target == null || target.isBlank()) {
      err.println("usage: extract <folder> --out <file.json>");
      return 2;
    }
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      err.println("extract: not a folder: " + folder);
      return 2;
    }
    try {
      Map<String, ExtractedRecord> records = extractFolder(dir);
      Path outFile = Path.of(target);
      JSON.writeValue(outFile.toFile(), records);
      long found = records.values().stream().filter(r -> !r.articleBody().isEmpty()).count();
      out.printf(Locale.ROOT, "extracted %d of %d pages to %s%n", found, records.size(), outFile);
      return 0;
    } catch (IOException | UncheckedIOException | JacksonException e) {
      err.println("extract: " + oneLine(e));
      return 1;
    }
  }

  /** {@code eval-extraction <folder> <truth.json>}: prints the report and the pages/s figure. */
  public static int runEval(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2 || args.get(0).startsWith("-") || args.get(1).startsWith("-")) {
      err.println("usage: eval-extraction <folder> <truth.json>");
      return 2;
    }
    Path dir = Path.of(args.get(0));
    Path truth = Path.of(args.get(1));
    if (!Files.isDirectory(dir)) {
      err.println("eval-extraction: not a folder: " + dir);
      return 2;
    }
    if (!Files.isRegularFile(truth)) {
      err.println("eval-extraction: no such truth file: " + truth);
      return 2;
    }
    try {
      out.println(evaluate(dir, truth).format());
      out.printf(Locale.ROOT, "speed %.0f pages/s (one thread, parse+extract, warm)%n", pagesPerSecond(dir, 2, 3));
      return 0;
    } catch (IOException | UncheckedIOException e) {
      err.println("eval-extraction: " + oneLine(e));
      return 1;
    }
  }

  // ---- reading pages ----

  /** Page id → decoded HTML, for every page file of the folder, sorted by id. */
  static Map<String, String> readPages(Path folder) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String id = pageId(name);
        if (id != null && Files.isRegularFile(file)) {
          pages.put(id, decode(readBytes(file, name.toLowerCase(Locale.ROOT).endsWith(".gz"))));
        }
      }
    }
    return pages;
  }

  /** The id of a page file, or null when the file is not a page. */
  static String pageId(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".html.gz", ".html", ".htm"}) {
      if (lower.endsWith(ext) && lower.length() > ext.length()) {
        return fileName.substring(0, fileName.length() - ext.length());
      }
    }
    return null;
  }

  private static byte[] readBytes(Path file, boolean gzip) throws IOException {
    if (!gzip) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toByteArray();
    }
  }

  /** Decodes with the BOM's or the {@code <meta>}-declared charset, UTF-8 otherwise. */
  static String decode(byte[] bytes) {
    return PageDecoding.decode(bytes, null, true);
  }


  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String oneLine(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ");
  }
}
