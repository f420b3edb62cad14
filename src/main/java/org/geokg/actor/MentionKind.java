package org.geokg.actor;

/** How a stretch of text refers to an actor. */
public enum MentionKind {
  /** By name or alias: "Elon Musk", "U.N.", "America". */
  NAME,
  /** By part of a name given in full elsewhere in the article: "Musk". */
  PARTIAL_NAME,
  /** By an adjective of nationality: "Iranian". */
  DEMONYM,
  /** By the seat of government: "Tehran", "the Kremlin"; a place unless it acts. */
  METONYM,
  /** By a role or description: "the President-elect", "the tech billionaire". */
  NOMINAL,
  /** By a pronoun: "he". */
  PRONOUN
}
