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

  private static final java.util.regex.Pattern INCLUDE = java.util.regex.Pattern.compile("\\{\\{([a-z0-9-]+)}}");

  /**
   * The text of {@code cypher/<name>.cypher}, with every {@code {{other}}} replaced by the text of
   * {@code cypher/other.cypher}: shared fragments (the relation filter) live in one file.
   */
  static String load(String name) {
    String cached = CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    // Not computeIfAbsent: an include loads another entry, and the map forbids nested updates.
    StringBuilder text = new StringBuilder();
    for (String line : read(name).split("\n", -1)) {
      boolean comment = line.strip().startsWith("//"); // a comment may name an include without making one
      text.append(comment ? line : INCLUDE.matcher(line)
          .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(stripComments(load(m.group(1))))));
      text.append('\n');
    }
    CACHE.putIfAbsent(name, text.toString());
    return text.toString();
  }

  private static String stripComments(String fragment) {
    StringBuilder out = new StringBuilder();
    for (String line : fragment.split("\n")) {
      if (!line.strip().startsWith("//")) {
        out.append(line).append('\n');
      }
    }
    return out.toString().strip();
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
