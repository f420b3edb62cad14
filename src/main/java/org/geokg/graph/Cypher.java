package org.geokg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher statements kept as {@code .cypher} files on the classpath under {@code cypher/}. */
final class Cypher {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Cypher() {}

  /** The text of {@code cypher/<name>.cypher}. */
  static String load(String name) {
    return CACHE.computeIfAbsent(name, Cypher::read);
  }

  /** The statements of a file holding several, split at semicolons that end a line. */
  static List<String> statements(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : load(name).split("\n")) {
      String l = line.strip();
      if (l.startsWith("//") || l.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      if (l.endsWith(";")) {
        out.add(cur.toString().strip().replaceAll(";$", ""));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static String read(String name) {
    String path = "/cypher/" + name + ".cypher";
    try (InputStream in = Cypher.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
