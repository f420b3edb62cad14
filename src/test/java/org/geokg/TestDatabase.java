package org.geokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

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
    return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-dbs")), name + "-");
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
