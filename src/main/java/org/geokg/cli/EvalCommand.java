package org.geokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.geokg.event.PloverBenchmark;
import org.geokg.event.PloverType;
import org.geokg.nlp.CoreNlpAnnotator;

/**
 * {@code eval-events <gold.json> [--errors]} and {@code eval-actors <gold.json>}: score the event
 * and actor stages against a PLOVER gold file ({@link PloverBenchmark} states the metric).
 * {@code --errors} also lists, per record, what was expected and what was emitted.
 */
final class EvalCommand {

  private EvalCommand() {}

  static int events(List<String> args, PrintStream out, PrintStream err) {
    PloverBenchmark.Report r = run("eval-events", args, err);
    if (r == null) {
      return 2;
    }
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
    PloverBenchmark.Report r = run("eval-actors", args, err);
    if (r == null) {
      return 2;
    }
    out.printf(Locale.ROOT, "actor recall by code: %.3f (%d of %d gold source/target codes), %d sentences%n",
        r.actorRecall(), r.actorCodesFound(), r.actorCodesGold(), r.outcomes().size());
    return 0;
  }

  private static void line(PrintStream out, String name, PloverBenchmark.Counts a, PloverBenchmark.Counts b) {
    out.printf(Locale.ROOT, "%-12s %.2f %.2f %.2f  |  %.2f %.2f %.2f  | %4d %4d%n", name, a.precision(),
        a.recall(), a.f1(), b.precision(), b.recall(), b.f1(), a.gold(), a.emitted());
  }

  private static PloverBenchmark.Report run(String command, List<String> args, PrintStream err) {
    List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
    if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0)))) {
      err.println("usage: geokg " + command + " <gold.json>" + (command.equals("eval-events") ? " [--errors]" : "")
          + " [--full-corenlp]");
      return null;
    }
    List<PloverBenchmark.GoldRecord> gold = PloverBenchmark.read(Path.of(files.get(0)));
    // --full-corenlp: plain CoreNLP on every sentence, the reference for geokg's selective NLP.
    PloverBenchmark bench = new PloverBenchmark(EventsCommand.stages(
        args.contains("--full-corenlp") ? CoreNlpAnnotator.fullCoreNlp() : CoreNlpAnnotator.shared()));
    bench.run(gold.subList(0, Math.min(4, gold.size())), EventsCommand.WORKERS); // load the models first
    return bench.run(gold, EventsCommand.WORKERS);
  }
}
