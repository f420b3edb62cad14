package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.Gazetteer;
import org.geokg.eval.NewsBenchmark;
import org.geokg.eval.PloverBenchmark;
import org.geokg.event.EventExtractor;
import org.geokg.event.PloverType;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.CoreNlpAnnotator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-events <gold.json> [--errors] [--predictions FILE]} and {@code eval-actors <gold.json> [--errors]
 * [--actors FILE]}:
 * score what the pipeline would store against a gold file. Two kinds of gold file are read: news
 * articles with annotated lead sentences ({@link NewsBenchmark}: named and coded triples, whole
 * articles through the ingest path) and PLOVER sentence records ({@link PloverBenchmark}: event type
 * and triple by codes). {@code --errors} lists misses and false edges; {@code --predictions} writes the
 * edges as JSON lines for {@code shared/tools/score-news-events.py}, {@code --actors} each article's
 * stored actors for {@code shared/tools/score-news-actors.py}.
 */
final class EvalCommand {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Lower bounds of the confidence bands of the reliability table. */
  private static final double[] BANDS = {0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9};

  private EvalCommand() {}

  static int events(List<String> args, PrintStream out, PrintStream err) {
    Path gold = goldFile("eval-events", args, err);
    if (gold == null) {
      return 2;
    }
    String predictions = option(args, "--predictions");
    if (args.contains("--predictions") && predictions == null) {
      err.println("geokg: --predictions needs a file name");
      return 2;
    }
    return isNewsFile(gold) ? news(gold, args, predictions, out, err) : plover(gold, args, out);
  }

  private static int news(Path file, List<String> args, String predictions, PrintStream out, PrintStream err) {
    NewsBenchmark.Report r = newsReport(file, args);
    if (predictions != null) {
      try (Writer w = Files.newBufferedWriter(Path.of(predictions), StandardCharsets.UTF_8)) {
        for (NewsBenchmark.Edge e : r.edges()) {
          w.write(JSON.writeValueAsString(prediction(e)));
          w.write('\n');
        }
      } catch (IOException e) {
        err.println("geokg: cannot write " + predictions + ": " + e.getMessage());
        return 1;
      }
    }
    if (args.contains("--errors")) {
      for (NewsBenchmark.Error e : r.named().errors()) {
        out.printf(Locale.ROOT, "%s | %s | %s | %s | %s | %s%n", e.miss() ? "MISS" : "FALSE", e.article(), e.type(),
            e.source(), e.target(), e.detail());
      }
    }
    out.printf(Locale.ROOT, "articles %d, annotated sentences %d, gold asserted events %d, edges %d%n", r.articles(),
        r.sentences(), r.goldEvents(), r.edges().size());
    out.println("type          named P    R    F1  (tp  fp  fn) |  coded P    R    F1");
    for (String t : r.named().perType().keySet()) {
      NewsBenchmark.Counts a = r.named().perType().get(t);
      NewsBenchmark.Counts b = r.coded().perType().getOrDefault(t, new NewsBenchmark.Counts(0, 0, 0));
      out.printf(Locale.ROOT, "%-12s %.2f %.2f %.2f (%3d %3d %3d) |  %.2f %.2f %.2f%n", t, a.precision(), a.recall(),
          a.f1(), a.tp(), a.fp(), a.fn(), b.precision(), b.recall(), b.f1());
    }
    out.println("reliability (named): confidence band, scored edges, share right");
    NewsBenchmark.reliability(r.named(), BANDS).forEach((band, v) ->
        out.printf(Locale.ROOT, "  %s %4d %.2f%n", band, (int) v[0], v[1]));
    for (var level : List.of(Map.entry("named", r.named()), Map.entry("coded", r.coded()))) {
      NewsBenchmark.Counts c = level.getValue().overall();
      out.printf(Locale.ROOT, "%s triple P %.4f R %.4f F1 %.4f (tp %d, fp %d, fn %d)%n", level.getKey(),
          c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
    out.printf(Locale.ROOT, "%.1f s for %d articles on %d threads (after model loading)%n", r.seconds(), r.articles(),
        EventsCommand.WORKERS);
    return 0;
  }

  /** One edge in the reference scorer's JSON-lines format. */
  static Map<String, Object> prediction(NewsBenchmark.Edge e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("article", e.article());
    o.put("sentences", e.sentences());
    o.put("plover", e.plover());
    o.put("source", e.source()); // a record: {name, kind, code}
    o.put("target", e.target());
    o.put("negated", e.negated());
    o.put("modality", e.modality().name());
    o.put("confidence", e.confidence());
    return o;
  }

  private static int plover(Path gold, List<String> args, PrintStream out) {
    PloverBenchmark.Report r = ploverReport(gold, args);
    if (args.contains("--errors")) {
      for (PloverBenchmark.Outcome o : r.outcomes()) {
        out.printf(Locale.ROOT, "%s %s %s %s->%s | got %s | %s%n", o.tripleFound() ? "OK " : o.typeFound() ? "TYP" : "MISS",
            o.gold().id(), o.gold().type(), o.gold().sources(), o.gold().targets(), o.emitted(), o.gold().text());
      }
    }
    out.println("type          event-type P    R    F1  |  full-triple P    R    F1  | gold emitted");
    for (PloverType t : PloverType.values()) {
      PloverBenchmark.Counts a = r.typeLevel().get(t);
      PloverBenchmark.Counts b = r.tripleLevel().get(t);
      if (a.gold() + a.emitted() > 0) {
        line(out, t.name(), a, b);
      }
    }
    line(out, "OVERALL", r.typeOverall(), r.tripleOverall());
    PloverBenchmark.Counts a = r.typeOverall();
    PloverBenchmark.Counts b = r.tripleOverall();
    out.printf(Locale.ROOT, "overall: event type P %.3f R %.3f F1 %.4f; full triple P %.3f R %.3f F1 %.4f"
        + " (triple: %d of %d gold found, %d of %d emitted correct)%n", a.precision(), a.recall(), a.f1(),
        b.precision(), b.recall(), b.f1(), b.found(), b.gold(), b.correct(), b.emitted());
    out.printf(Locale.ROOT, "%d sentences, %.3f s per sentence on 2 threads (after model loading)%n",
        r.outcomes().size(), r.secondsPerSentence());
    return 0;
  }

  static int actors(List<String> args, PrintStream out, PrintStream err) {
    Path gold = goldFile("eval-actors", args, err);
    if (gold == null) {
      return 2;
    }
    String actorsFile = option(args, "--actors");
    if (args.contains("--actors") && actorsFile == null) {
      err.println("geokg: --actors needs a file name");
      return 2;
    }
    if (isNewsFile(gold)) {
      return newsActors(gold, args, actorsFile, out, err);
    }
    PloverBenchmark.Report r = ploverReport(gold, args);
    out.printf(Locale.ROOT, "actor recall by code: %.3f (%d of %d gold source/target codes), %d sentences%n",
        r.actorRecall(), r.actorCodesFound(), r.actorCodesGold(), r.outcomes().size());
    return 0;
  }

  private static int newsActors(Path file, List<String> args, String actorsFile, PrintStream out, PrintStream err) {
    NewsBenchmark.Report r = newsReport(file, args);
    if (actorsFile != null) {
      try (Writer w = Files.newBufferedWriter(Path.of(actorsFile), StandardCharsets.UTF_8)) {
        for (NewsBenchmark.Prediction p : r.predictions()) {
          w.write(JSON.writeValueAsString(Map.of("article", p.article(), "actors", p.actors())));
          w.write('\n');
        }
      } catch (IOException e) {
        err.println("geokg: cannot write " + actorsFile + ": " + e.getMessage());
        return 1;
      }
    }
    NewsBenchmark.ActorScore a = r.actors();
    if (args.contains("--errors")) {
      a.misses().forEach(out::println);
    }
    out.printf(Locale.ROOT, "named actors with a gold code %d: found %d (%.3f), code right overall %d (%.3f); %d articles%n",
        a.total(), a.found(), a.foundShare(), a.right(), a.rightShare(), r.articles());
    return 0;
  }

  private static NewsBenchmark.Report newsReport(Path file, List<String> args) {
    List<NewsBenchmark.GoldArticle> gold = NewsBenchmark.read(file);
    NewsBenchmark bench = new NewsBenchmark(pipeline(args));
    bench.run(gold.subList(0, Math.min(1, gold.size())), 1); // load the models first
    return bench.run(gold, EventsCommand.WORKERS);
  }

  private static void line(PrintStream out, String name, PloverBenchmark.Counts a, PloverBenchmark.Counts b) {
    out.printf(Locale.ROOT, "%-12s %.2f %.2f %.2f  |  %.2f %.2f %.2f  | %4d %4d%n", name, a.precision(),
        a.recall(), a.f1(), b.precision(), b.recall(), b.f1(), a.gold(), a.emitted());
  }

  private static Path goldFile(String command, List<String> args, PrintStream err) {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--predictions") || args.get(i).equals("--actors")) {
        i++;
      } else if (!args.get(i).startsWith("--")) {
        files.add(args.get(i));
      }
    }
    if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0)))) {
      err.println("usage: geokg " + command + " <gold.json>"
          + (command.equals("eval-events") ? " [--errors] [--predictions FILE]" : " [--errors] [--actors FILE]") + " [--no-dictionaries] [--full-corenlp]");
      return null;
    }
    return Path.of(files.get(0));
  }

  private static String option(List<String> args, String name) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(i + 1) : null;
  }

  /** A news file is an array of articles with annotated sentences; a PLOVER file, of event records. */
  static boolean isNewsFile(Path file) {
    JsonNode root = JSON.readTree(file.toFile());
    return root.isArray() && !root.isEmpty() && root.get(0).has("sentences");
  }

  private static ArticlePipeline pipeline(List<String> args) {
    // --full-corenlp: plain CoreNLP on every sentence, the reference for geokg's selective NLP.
    CoreNlpAnnotator nlp = args.contains("--full-corenlp") ? CoreNlpAnnotator.fullCoreNlp() : CoreNlpAnnotator.shared();
    if (!args.contains("--no-dictionaries")) {
      return EventsCommand.pipeline(nlp);
    }
    // --no-dictionaries: the actor stage without the field's actor dictionaries, to measure what they add.
    EventsCommand.logToStandardError();
    return ArticlePipeline.standalone(nlp, new ActorRecognizer(Gazetteer.fromClasspath(), false), new EventExtractor());
  }

  private static PloverBenchmark.Report ploverReport(Path gold, List<String> args) {
    List<PloverBenchmark.GoldRecord> records = PloverBenchmark.read(gold);
    PloverBenchmark bench = new PloverBenchmark(pipeline(args));
    bench.run(records.subList(0, Math.min(4, records.size())), EventsCommand.WORKERS); // load the models first
    return bench.run(records, EventsCommand.WORKERS);
  }
}
