package org.geokg.cli;

import java.io.PrintStream;
import java.util.List;
import org.geokg.eval.ExtractionBenchmark;

/** {@code extract} and {@code eval-extraction}: the article extractor alone, no database, no NLP. */
final class ExtractCommand {
  private ExtractCommand() {}

  static int extract(List<String> args, PrintStream out, PrintStream err) {
    return ExtractionBenchmark.runExtract(args, out, err);
  }

  static int evaluate(List<String> args, PrintStream out, PrintStream err) {
    return ExtractionBenchmark.runEval(args, out, err);
  }
}
