package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geokg.article.Article;
import org.geokg.event.CodedEvent;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.ingest.JsonlTexts;
import org.geokg.ingest.JsonlTexts.Line;
import org.geokg.nlp.CoreNlpAnnotator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code events <in.jsonl>}: one JSON object per line in ({@code id}, {@code text}, optional
 * {@code date}), one line out per good input line, in input order, with its coded events. Two
 * worker threads share the one NLP pipeline. A bad line is one line on standard error naming its
 * number and has no output line; the exit status is then 1.
 */
final class EventsCommand {

  static final int WORKERS = 2;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EventsCommand() {}

  /** The pipeline built directly: no Spring context, no database. */
  static ArticlePipeline pipeline() {
    return pipeline(CoreNlpAnnotator.shared());
  }

  /** The shared NLP, its library logging sent to standard error. */
  static CoreNlpAnnotator quietNlp() {
    logToStandardError();
    return CoreNlpAnnotator.shared();
  }

  /** The same pipeline over the given NLP configuration. */
  static ArticlePipeline pipeline(CoreNlpAnnotator nlp) {
    logToStandardError();
    return ArticlePipeline.standalone(nlp);
  }

  /**
   * Standard output carries the results, so library logging (CoreNLP's model loading at INFO) goes
   * to standard error at WARN, as the Spring "cli" profile does for the other commands.
   */
  static void logToStandardError() {
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
      ctx.reset();
      var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
      encoder.setContext(ctx);
      encoder.setPattern("%level %logger{20} - %msg%n");
      encoder.start();
      var console = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
      console.setContext(ctx);
      console.setTarget("System.err");
      console.setEncoder(encoder);
      console.start();
      var root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      root.setLevel(ch.qos.logback.classic.Level.WARN);
      root.addAppender(console);
      // SUTime warns on every undated text; undated input is normal here (the date is optional).
      ctx.getLogger("edu.stanford.nlp.time.TimeAnnotator").setLevel(ch.qos.logback.classic.Level.ERROR);
    }
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: geokg events <in.jsonl>");
      return 2;
    }
    Path in = Path.of(args.get(0));
    if (!Files.isRegularFile(in)) {
      err.println("geokg: no such file " + in);
      return 2;
    }
    List<Line> lines;
    try {
      lines = JsonlTexts.read(in, true);
    } catch (IOException e) {
      err.println("geokg: cannot read " + in + ": " + e.getMessage());
      return 1;
    }
    ArticlePipeline stages = pipeline();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    boolean failed = false;
    try {
      List<Future<String>> results = new ArrayList<>();
      for (Line l : lines) {
        results.add(l.problem() == null ? pool.submit(() -> JSON.writeValueAsString(output(l, stages))) : null);
      }
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.problem() != null) {
          err.println("line " + l.number() + ": " + l.problem());
          failed = true;
          continue;
        }
        try {
          out.println(results.get(i).get());
        } catch (ExecutionException e) {
          err.println("line " + l.number() + ": " + Main.explain(e.getCause()));
          failed = true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      pool.shutdownNow();
      out.flush();
    }
    return failed ? 1 : 0;
  }

  static Map<String, Object> output(Line g, ArticlePipeline stages) {
    List<Map<String, Object>> events = new ArrayList<>();
    // A line is a text, not a page: it is the article's body as given, no page chrome to remove.
    ArticlePipeline.Analysis a = stages.analyse(new Article(null, null, null, null, g.date(), null, List.of(g.text())));
    for (CodedEvent e : CodedEvent.of(a.events(), a.actors())) {
      events.add(event(e));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", g.id());
    o.put("events", events);
    return o;
  }

  static Map<String, Object> event(CodedEvent e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", e.type().name());
    o.put("plover", e.plover().name());
    o.put("cameo", e.type().cameo());
    o.put("source", party(e.source()));
    o.put("target", e.target() == null ? null : party(e.target()));
    o.put("confidence", e.confidence());
    o.put("negated", e.negated());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("place", e.place());
    o.put("modality", e.modality().name());
    o.put("attribution", e.attribution());
    return o;
  }

  private static Map<String, Object> party(CodedEvent.Party p) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", p.name());
    o.put("kind", p.kind().name());
    o.put("code", p.code());
    return o;
  }
}
