package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotated sentence: tokens and their dependency graph. Immutable and thread-safe.
 *
 * @param index position in the document, from 0
 * @param text the sentence as written
 * @param tokens its tokens in order
 * @param dependencies its enhanced dependency edges; empty when the sentence was not parsed (see
 *     {@link ParseSelector})
 */
public record Sentence(int index, String text, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException("dependency outside the sentence: " + d);
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Edges whose governor is {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** Children of {@code head} reached by a relation equal to or starting with {@code prefix}. */
  public List<Integer> children(int head, String prefix) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head && matches(d.relation(), prefix)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Edges whose dependent is {@code token} (several in enhanced graphs). */
  public List<Dependency> parents(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first parent edge of {@code token} that is not a conjunction edge, if any. */
  public Optional<Dependency> head(int token) {
    Dependency fallback = null;
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        if (!d.relation().startsWith("conj")) {
          return Optional.of(d);
        }
        fallback = fallback == null ? d : fallback;
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** Text of tokens {@code [start, end)} as written, spacing from the original offsets. */
  public String span(int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      Token t = tokens.get(i);
      if (i > start && t.begin() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }

  private static boolean matches(String relation, String prefix) {
    return relation.equals(prefix)
        || (prefix.endsWith(":") ? relation.startsWith(prefix) : relation.startsWith(prefix + ":"));
  }
}
