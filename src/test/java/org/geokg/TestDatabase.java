package org.geokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/** An embedded database of the test's own: a fresh temporary folder and a free Bolt port. */
public final class TestDatabase {
  private TestDatabase() {}

  /** Points the application context of a test at a new embedded database named after {@code name}. */
  public static void register(DynamicPropertyRegistry registry, String name) {
    try {
      String dir = folder(name).toString();
      registry.add("geokg.data-dir", () -> dir);
      int port = freePort();
      registry.add("geokg.bolt-port", () -> port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new folder for a test database under target/ (a store is ~0.5 GB of preallocated logs: in the
   * system's temporary folder they would pile up across runs; {@code mvn clean} removes these).
   */
  public static Path folder(String name) throws IOException {
    Path root = Files.createDirectories(Path.of("target", "test-dbs"));
    clearEarlierRuns(root);
    return Files.createTempDirectory(root, name + "-");
  }

  private static volatile boolean cleared;

  /**
   * Removes, once per test JVM, the databases that runs before this one left (a full run leaves about
   * ten gigabytes: without this, repeated local runs fill the disk). Only folders untouched for two
   * hours go, so that another run in this checkout keeps its own.
   */
  private static synchronized void clearEarlierRuns(Path root) throws IOException {
    if (cleared) {
      return;
    }
    cleared = true;
    Instant cutoff = Instant.now().minus(Duration.ofHours(2));
    try (var dirs = Files.list(root)) {
      for (Path d : dirs.toList()) {
        if (Files.getLastModifiedTime(d).toInstant().isBefore(cutoff)) {
          FileSystemUtils.deleteRecursively(d);
        }
      }
    }
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
