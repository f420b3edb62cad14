package org.geokg.nlp;

import java.util.List;

/**
 * Which sentences get a dependency parse. Parsing is the NLP stage's most expensive step after
 * tagging, and only sentences that can hold what later stages look for (an event trigger, a role)
 * need it; the others keep their tokens and tags with no dependencies. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {

  /** Parses every sentence. */
  ParseSelector ALL = tokens -> true;

  /** Whether the sentence of these tagged tokens (no dependencies yet) needs a parse. */
  boolean needsParse(List<Token> tokens);
}
