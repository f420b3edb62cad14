package org.geokg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product's embedded database as a Neo4j server in a child process ({@code geokg neo4j}, Bolt on
 * a free loopback port, authentication on), for the Spark benchmark and tests: the JVM that runs
 * Spark must not hold the embedded database (its libraries, Scala among them, clash with Spark's).
 * The child stops when {@link #close} is called or when this process ends (it watches its standard
 * input).
 */
public final class LocalNeo4j implements AutoCloseable {

  /** The JVM options the launcher gives the product, which the embedded database needs. */
  public static final List<String> PRODUCT_JVM_OPTIONS = List.of("-XX:+UseParallelGC",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions",
      "--sun-misc-unsafe-memory-access=allow");

  private final Process process;
  private final Neo4jTarget target;

  private LocalNeo4j(Process process, Neo4jTarget target) {
    this.process = process;
    this.target = target;
  }

  /**
   * Starts {@code geokg neo4j} with {@code productCommand} (the java command line up to and including
   * the product's main class or {@code -jar geokg.jar}) on data in {@code dataDir}, and waits until
   * Bolt is up.
   */
  public static LocalNeo4j start(List<String> productCommand, Path dataDir, Duration timeout) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(productCommand);
    cmd.addAll(List.of("neo4j", "--data-dir", dataDir.toString(), "--bolt-port", String.valueOf(port),
        "--stop-at-eof"));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + timeout.toNanos();
    String line;
    // The child prints one line once Bolt is up; reading blocks, so a watchdog stops a hung child.
    Thread watchdog = Thread.ofVirtual().start(() -> {
      try {
        if (!p.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    line = out.readLine();
    watchdog.interrupt();
    if (line == null || !line.startsWith("neo4j: bolt://")) {
      p.destroyForcibly();
      throw new IOException("the database did not start" + (line == null ? "" : ": " + line));
    }
    String uri = line.substring("neo4j: ".length()).split(" ")[0];
    String password = Files.readString(dataDir.resolve("neo4j-password")).strip();
    return new LocalNeo4j(p, new Neo4jTarget(uri, "neo4j", password));
  }

  /** Where the database listens, with its credentials. */
  public Neo4jTarget target() {
    return target;
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close(); // end of input: the child stops its database and exits
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
