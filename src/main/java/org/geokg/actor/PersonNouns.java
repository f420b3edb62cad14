package org.geokg.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that describe a person without being a title ("billionaire", "businessman"), read from
 * {@code actor/person-nouns.txt}. Immutable and thread-safe.
 */
final class PersonNouns {
  private final Set<String> nouns;

  private PersonNouns(Set<String> nouns) {
    this.nouns = Set.copyOf(nouns);
  }

  static PersonNouns fromClasspath() {
    Set<String> out = new HashSet<>();
    try (InputStream in = PersonNouns.class.getResourceAsStream("/actor/person-nouns.txt")) {
      if (in == null) {
        throw new IllegalStateException("actor/person-nouns.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PersonNouns(out);
  }

  boolean contains(String lemma) {
    return nouns.contains(lemma);
  }
}
