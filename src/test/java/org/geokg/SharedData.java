package org.geokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared data folder ({@code ../shared}), read in place, never copied. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    Path p = Path.of(System.getProperty("geokg.shared", "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("shared data folder not found at " + p + " (set -Dgeokg.shared)");
    }
    return p;
  }

  public static Path seedArticle() {
    return root().resolve("fixtures/seed/musk-iran-ambassador.txt");
  }

  public static String seedText() {
    try {
      return Files.readString(seedArticle());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
