package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.article.ExtractionMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the shared article-extraction benchmark (181 news pages) and guards the F1 floor. */
class ExtractionBenchmarkTest {

  private static final Path BENCH =
      Path.of(System.getProperty("geokg.shared", "../shared"), "benchmarks", "article-extraction");

  private static boolean benchmarkPresent() {
    return Files.isDirectory(BENCH.resolve("html")) && Files.isRegularFile(BENCH.resolve("ground-truth.json"));
  }

  @Test
  void bodyF1StaysAboveTheRegressionFloor() throws Exception {
    assumeTrue(benchmarkPresent(), "benchmark data not found at " + BENCH);
    ExtractionBenchmark.Report report =
        ExtractionBenchmark.evaluate(BENCH.resolve("html"), BENCH.resolve("ground-truth.json"));
    System.out.println(report.format());
    if (Boolean.getBoolean("geokg.extract.report")) {
      printWorstPages();
    }
    assertThat(report.pages()).isEqualTo(181);
    assertThat(report.f1()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void throughputIsMeasured() throws Exception {
    assumeTrue(benchmarkPresent(), "benchmark data not found at " + BENCH);
    double pps = ExtractionBenchmark.pagesPerSecond(BENCH.resolve("html"), 2, 2);
    System.out.printf(Locale.ROOT, "speed %.0f pages/s%n", pps);
    assertThat(pps).isPositive();
  }

  @Test
  void evalCommandPrintsTheReport() {
    assumeTrue(benchmarkPresent(), "benchmark data not found at " + BENCH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        ExtractionBenchmark.runEval(
            List.of(BENCH.resolve("html").toString(), BENCH.resolve("ground-truth.json").toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(rc).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("pages 181").contains("F1 ").contains("pages/s");
  }

  @Test
  void extractCommandWritesAJsonMap(@TempDir Path tmp) throws Exception {
    Files.writeString(
        tmp.resolve("one.html"),
        "<html lang=en><head><meta charset=utf-8><title>T</title></head><body><article><h1>T</h1>"
            + "<p>" + "Officials met in Geneva on Monday to discuss the ceasefire, diplomats said. ".repeat(6)
            + "</p></article></body></html>");
    Files.writeString(tmp.resolve("notes.txt"), "not a page");
    Path outFile = tmp.resolve("out.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc =
        ExtractionBenchmark.runExtract(
            List.of(tmp.toString(), "--out", outFile.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(rc).isZero();
    JsonNode json = JsonMapper.shared().readTree(outFile.toFile());
    assertThat(json.propertyNames()).containsExactly("one");
    assertThat(json.get("one").get("articleBody").asString()).startsWith("Officials met in Geneva");
    assertThat(json.get("one").get("language").asString()).isEqualTo("en");
  }

  @Test
  void commandsRejectBadArguments(@TempDir Path tmp) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(ExtractionBenchmark.runExtract(List.of(), quiet, errStream)).isEqualTo(2);
    assertThat(ExtractionBenchmark.runExtract(List.of(tmp.toString()), quiet, errStream)).isEqualTo(2);
    assertThat(ExtractionBenchmark.runExtract(List.of(tmp.resolve("nope").toString(), "--out", "x.json"), quiet, errStream))
        .isEqualTo(2);
    assertThat(ExtractionBenchmark.runEval(List.of(tmp.toString()), quiet, errStream)).isEqualTo(2);
    assertThat(ExtractionBenchmark.runEval(List.of(tmp.toString(), tmp.resolve("none.json").toString()), quiet, errStream))
        .isEqualTo(2);
    assertThat(
            ExtractionBenchmark.runExtract(
                List.of(tmp.toString(), "--out", tmp.resolve("missing-dir/out.json").toString()), quiet, errStream))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
  }

  @Test
  void pageIdsAndCharsets() {
    assertThat(ExtractionBenchmark.pageId("abc.html.gz")).isEqualTo("abc");
    assertThat(ExtractionBenchmark.pageId("abc.HTM")).isEqualTo("abc");
    assertThat(ExtractionBenchmark.pageId("abc.json")).isNull();
    byte[] latin1 = "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ExtractionBenchmark.decode(latin1)).contains("caf\u00e9");
    byte[] utf8 = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(ExtractionBenchmark.decode(utf8)).contains("caf\u00e9");
  }

  /** Development aid: per-page precision and recall of the worst pages. */
  private static void printWorstPages() throws Exception {
    Map<String, ExtractionBenchmark.ExtractedRecord> got = ExtractionBenchmark.extractFolder(BENCH.resolve("html"));
    JsonNode truth = JsonMapper.shared().readTree(BENCH.resolve("ground-truth.json").toFile());
    record Row(String id, double p, double r, int predLen, int truthLen) {}
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      String gold = e.getValue().path("articleBody").asString("");
      String pred = got.containsKey(e.getKey()) ? got.get(e.getKey()).articleBody() : "";
      ExtractionMetric.PageScore s = ExtractionMetric.score(pred, gold);
      rows.add(new Row(e.getKey(), s.precision(), s.recall(), pred.length(), gold.length()));
    }
    rows.sort(Comparator.comparingDouble(r -> Math.min(r.p(), r.r())));
    for (Row r : rows.subList(0, Math.min(40, rows.size()))) {
      System.out.printf(Locale.ROOT, "%s P %.3f R %.3f pred %d truth %d%n", r.id().substring(0, 12), r.p(), r.r(), r.predLen(), r.truthLen());
    }
  }
}
