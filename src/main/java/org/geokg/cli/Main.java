package org.geokg.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.geokg.GeokgApplication;
import org.geokg.system.StartupException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code ./geokg}: {@code serve} (the default) runs the HTTP API, Neo4j Browser and
 * the explorer; {@code ingest} reads files, folders and URLs into the graph and exits with a summary;
 * {@code extract} and {@code eval-extraction} run the article extractor alone. Errors a user can fix
 * are one line on standard error and a non-zero exit.
 */
public final class Main {

  private static final String USAGE = """
      usage: geokg [serve] [--spring.option=value ...]
             geokg ingest <file|folder|url|->... [--feed <url|file>] [--warc <file>] [--jsonl <file>]
                          [--published-at YYYY-MM-DD] [--workers N]
             geokg spark-ingest <file|folder>... [--warc <file>] [--jsonl <file>] --neo4j <bolt uri>
                          [--master URL] [--user U] [--password-file F] [--published-at YYYY-MM-DD]
             geokg neo4j [--data-dir DIR] [--bolt-port N]
             geokg extract <folder> --out <file.json>
             geokg eval-extraction <folder> <truth.json>
             geokg events <in.jsonl>
             geokg eval-events <gold.json> [--errors] [--predictions FILE]
             geokg train-events <train.json> [--out FILE] [--folds N] [--sigma S] [--cache FILE]
             geokg eval-actors <gold.json> [--errors] [--actors FILE]
             geokg bench ingest <folder> [--repeat N] [--workers N]
             geokg bench spark <folder> [--repeat N]""";

  private Main() {}

  /** Exit status of {@code serve} once started: the JVM keeps running until stopped. */
  static final int KEEP_RUNNING = -1;

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != KEEP_RUNNING) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    // Options alone ("--server.port=9090") are the server's; "--help" is asked of the launcher itself.
    boolean serveOptions = args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help");
    String command = serveOptions ? "serve" : args[0];
    List<String> rest = serveOptions ? List.of(args) : Arrays.asList(args).subList(1, args.length);
    try {
      return switch (command) {
        case "serve" -> serve(rest);
        case "ingest" -> IngestCommand.run(rest, out, err);
        case "extract" -> ExtractCommand.extract(rest, out, err);
        case "eval-extraction" -> ExtractCommand.evaluate(rest, out, err);
        case "bench" -> BenchCommand.run(rest, out, err);
        case "events" -> EventsCommand.run(rest, out, err);
        case "eval-events" -> EvalCommand.events(rest, out, err);
        case "train-events" -> TrainCommand.run(rest, out, err);
        case "eval-actors" -> EvalCommand.actors(rest, out, err);
        case "neo4j" -> Neo4jCommand.run(rest, out, err);
        case "spark-ingest" -> {
          err.println("geokg: spark-ingest runs on its own classpath: start it with ./geokg spark-ingest"
              + " (or spark-submit, see the README)");
          yield 2;
        }
        case "help", "-h", "--help" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> {
          err.println("geokg: unknown command '" + command + "'\n" + USAGE);
          yield 2;
        }
      };
    } catch (RuntimeException e) {
      err.println("geokg: " + explain(e));
      if (System.getenv("GEOKG_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static int serve(List<String> springArgs) {
    // The models take longest to load: start now, beside Spring and Neo4j, not once the beans are made.
    org.geokg.nlp.CoreNlpAnnotator.shared();
    SpringApplication app = new SpringApplication(GeokgApplication.class);
    app.setWebApplicationType(WebApplicationType.SERVLET);
    app.run(springArgs.toArray(String[]::new));
    return KEEP_RUNNING;
  }

  /** A Spring context for the commands that need the graph but no web server. */
  static ConfigurableApplicationContext offlineContext(List<String> springArgs) {
    SpringApplication app = new SpringApplication(GeokgApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    app.setAdditionalProfiles("cli");
    return app.run(springArgs.toArray(String[]::new));
  }

  /** One line for the user: our own start-up message if there is one, else the root cause. */
  static String explain(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StartupException s) {
        return s.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return msg.lines().findFirst().orElse(msg) + " (set GEOKG_DEBUG=1 for details)";
  }
}
