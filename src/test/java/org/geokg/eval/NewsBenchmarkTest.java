package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.SharedData;
import org.geokg.event.Modality;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline against the annotated news articles of {@code news-dev.json} (read in place): the
 * figures stay above their floors (set a little under those measured), and the Java scoring equals
 * the reference scorer's on the same predictions.
 */
class NewsBenchmarkTest {

  private static final Path GOLD = SharedData.root().resolve("benchmarks/events/news-dev.json");
  private static NewsBenchmark.Report report;

  @BeforeAll
  static void runBenchmark() {
    report = new NewsBenchmark(ArticlePipeline.standalone(CoreNlpAnnotator.shared()))
        .run(NewsBenchmark.read(GOLD), 2);
  }

  @Test
  void namedTripleFiguresStayAboveFloors() {
    assertThat(report.named().overall().f1()).isGreaterThan(NAMED_F1_FLOOR);
    assertThat(report.named().overall().precision()).isGreaterThan(NAMED_P_FLOOR);
  }

  static final double NAMED_F1_FLOOR = 0.16;
  static final double NAMED_P_FLOOR = 0.45;

  @Test
  void everyGoldArticleAndAssertedEventIsScored() {
    assertThat(report.articles()).isEqualTo(34);
    assertThat(report.sentences()).isEqualTo(334);
    assertThat(report.goldEvents()).isEqualTo(150);
  }

  @Test
  void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
    Path predictions = jsonLines(dir.resolve("predictions.jsonl"), report.edges().stream()
        .map(e -> Map.of("article", e.article(), "sentences", e.sentences(), "plover", e.plover(),
            "source", party(e.source()), "target", party(e.target()), "negated", e.negated(),
            "modality", e.modality().name()))
        .toList());
    String scorer = run(List.of("python3", SharedData.root().resolve("tools/score-news-events.py").toString(),
        GOLD.toString(), predictions.toString()));
    for (String level : List.of("named", "coded")) {
      NewsBenchmark.Counts c = level.equals("named") ? report.named().overall() : report.coded().overall();
      Matcher m = Pattern.compile(level + "\\s+triple P [0-9.]+ R [0-9.]+ F1 [0-9.]+\\s+\\(tp (\\d+), fp (\\d+), fn (\\d+)\\)")
          .matcher(scorer);
      assertThat(m.find()).as("scorer output: %s", scorer).isTrue();
      assertThat(List.of(c.tp(), c.fp(), c.fn())).as(level).containsExactly(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
  }

  @Test
  void actorCodingAgreesWithTheReferenceScorerAndStaysAboveFloors(@TempDir Path dir) throws Exception {
    Path actors = jsonLines(dir.resolve("actors.jsonl"), report.predictions().stream()
        .map(p -> Map.of("article", p.article(), "actors", p.actors().stream().map(NewsBenchmarkTest::party).toList()))
        .toList());
    String scorer = run(List.of("python3", SharedData.root().resolve("tools/score-news-actors.py").toString(),
        GOLD.toString(), actors.toString()));
    Matcher m = Pattern.compile("named actors with a gold code (\\d+): found (\\d+) .*right overall ([0-9.]+)")
        .matcher(scorer);
    assertThat(m.find()).as("scorer output: %s", scorer).isTrue();
    NewsBenchmark.ActorScore a = report.actors();
    assertThat(a.total()).isEqualTo(Integer.parseInt(m.group(1)));
    assertThat(a.found()).isEqualTo(Integer.parseInt(m.group(2)));
    assertThat(String.format(java.util.Locale.ROOT, "%.3f", a.rightShare())).isEqualTo(m.group(3));
    assertThat(a.foundShare()).isGreaterThan(ACTORS_FOUND_FLOOR);
    assertThat(a.rightShare()).isGreaterThan(ACTORS_RIGHT_FLOOR);
  }

  static final double ACTORS_FOUND_FLOOR = 0.88;
  static final double ACTORS_RIGHT_FLOOR = 0.73;

  @Test
  void aSymmetricEventMatchesEitherWayAndAPersonOnlyByName() {
    var gold = List.of(new NewsBenchmark.GoldArticle("a", null, null, "x", List.of(new NewsBenchmark.GoldSentence(0,
        "Iran and Russia held talks on Monday in Tehran.", List.of(
            new NewsBenchmark.GoldEvent("CONSULT", party("Iran", "COUNTRY", "IRN"), party("Russia", "COUNTRY", "RUS"),
                "asserted", "held talks"),
            new NewsBenchmark.GoldEvent("ACCUSE", party("Ali Khamenei", "PERSON", "IRN"), party("Russia", "COUNTRY",
                "RUS"), "asserted", ""))))));
    var backwards = edge("CONSULT", party("Russia", "COUNTRY", "RUS"), party("Iranian government", "ORGANIZATION", "IRN"));
    var otherPerson = edge("ACCUSE", party("Ebrahim Raisi", "PERSON", "IRN"), party("Russia", "COUNTRY", "RUS"));
    var r = NewsBenchmark.score(gold, NewsBenchmark.ofEdges(List.of(backwards, otherPerson)), 0);
    assertThat(List.of(r.named().overall().tp(), r.named().overall().fp(), r.named().overall().fn()))
        .containsExactly(1, 1, 1);
    assertThat(r.coded().overall().tp()).isEqualTo(2);
  }

  private static NewsBenchmark.Party party(String name, String kind, String code) {
    return new NewsBenchmark.Party(name, kind, code);
  }

  private static NewsBenchmark.Edge edge(String type, NewsBenchmark.Party s, NewsBenchmark.Party t) {
    return new NewsBenchmark.Edge("a", List.of("Iran and Russia held talks on Monday in Tehran."), type, s, t, false,
        Modality.ASSERTED, 0.9);
  }

  private static Map<String, Object> party(NewsBenchmark.Party p) {
    var m = new java.util.LinkedHashMap<String, Object>();
    m.put("name", p.name());
    m.put("kind", p.kind());
    m.put("code", p.code());
    return m;
  }

  /** Writes one JSON object per line, as the reference scorers read them. */
  private static Path jsonLines(Path file, List<? extends Map<String, ?>> objects) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map<String, ?> o : objects) {
        w.write(json.writeValueAsString(o) + "\n");
      }
    }
    return file;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
