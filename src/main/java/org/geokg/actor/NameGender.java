package org.geokg.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gender a first name usually goes with, from CoreNLP's own name list (the coreference
 * system's {@code namegender.combine.txt} in the models jar, 14,600 first names): so that "she"
 * does not take up Donald Trump. Names the list does not know, or gives both ways, have none.
 * Immutable and thread-safe.
 */
final class NameGender {

  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** A pronoun's or a name's gender. */
  enum Gender { MALE, FEMALE }

  private static final class Holder {
    static final NameGender INSTANCE = fromClasspath();
  }

  private final Map<String, Gender> byName;

  private NameGender(Map<String, Gender> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The list shipped with CoreNLP's models, read once. */
  static NameGender shared() {
    return Holder.INSTANCE;
  }

  private static NameGender fromClasspath() {
    InputStream in = NameGender.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Gender> out = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length < 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          continue; // the list also marks names as NEUTRAL
        }
        String name = f[0].toLowerCase(Locale.ROOT);
        Gender g = Gender.valueOf(f[1]);
        Gender before = out.putIfAbsent(name, g);
        if (before != null && before != g) {
          ambiguous.put(name, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ambiguous.keySet().forEach(out::remove);
    return new NameGender(out);
  }

  /** The gender of a person's full name, by its first word; empty when unknown or ambiguous. */
  Optional<Gender> of(String fullName) {
    String first = fullName.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byName.get(first));
  }

  /** The gender a personal pronoun refers with, if it has one: he/him, she/her. */
  static Optional<Gender> ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Optional.of(Gender.MALE);
      case "she", "her", "hers", "herself" -> Optional.of(Gender.FEMALE);
      default -> Optional.empty();
    };
  }
}
