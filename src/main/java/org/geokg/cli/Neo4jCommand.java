package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.geokg.system.EmbeddedNeo4j;

/**
 * {@code geokg neo4j [--data-dir DIR] [--bolt-port N] [--stop-at-eof]}: the embedded database alone,
 * as a Neo4j server on loopback Bolt ({@code bolt://127.0.0.1:N}, user {@code neo4j}, password in
 * {@code DIR/neo4j-password}, as {@code serve} keeps it), with neither the NLP models nor the web
 * stack: the target of {@code spark-ingest} on one machine, and the database its tests and benchmark
 * start in a child process. Prints one line with the URI once Bolt is up, then runs until stopped
 * (Ctrl-C, SIGTERM) or, with {@code --stop-at-eof}, until its standard input closes, so that a child
 * never outlives the process that started it. Exit 2 for bad arguments, 1 when the database cannot
 * start.
 */
final class Neo4jCommand {

  private Neo4jCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Path dataDir = Path.of("data");
    int port = 7687;
    boolean stopAtEof = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      try {
        switch (a) {
          case "--data-dir" -> dataDir = Path.of(args.get(++i));
          case "--bolt-port" -> port = Integer.parseInt(args.get(++i));
          case "--stop-at-eof" -> stopAtEof = true;
          default -> throw new IllegalArgumentException();
        }
      } catch (RuntimeException e) {
        err.println("geokg neo4j: bad argument '" + a + "' (expected --data-dir DIR, --bolt-port N or --stop-at-eof)");
        return 2;
      }
    }
    if (port < 1 || port > 65535) {
      err.println("geokg neo4j: --bolt-port must be 1-65535, got " + port);
      return 2;
    }
    EventsCommand.logToStandardError();
    EmbeddedNeo4j db = new EmbeddedNeo4j(dataDir, "127.0.0.1", port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      db.close();
      stopped.countDown();
    }, "neo4j-stop"));
    out.println("neo4j: " + db.boltUri() + " user " + EmbeddedNeo4j.USER + " password in " + db.passwordFile());
    out.flush();
    try {
      if (stopAtEof) {
        while (System.in.read() >= 0) {
          // only the end of the input matters
        }
        return 0; // System.exit runs the shutdown hook, which stops the database
      }
      stopped.await();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
