package org.geokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An embedded database of the test's own: a fresh temporary folder and a free Bolt port. */
public final class TestDatabase {
  private TestDatabase() {}

  /** Points the application context of a test at a new embedded database named after {@code name}. */
  public static void register(DynamicPropertyRegistry registry, String name) {
    try {
      String dir = Files.createTempDirectory("geokg-" + name + "-db").toString();
      registry.add("geokg.data-dir", () -> dir);
      int port = freePort();
      registry.add("geokg.bolt-port", () -> port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
