package org.geokg.actor;

/** How a surface form matched a gazetteer entry. */
public enum MatchKind {
  /** The canonical name, an official or common name, or an abbreviation ("Iran", "U.S.", "IAEA"). */
  NAME,
  /** A demonym or national adjective ("Iranian", "British"); says "of this country", not "this country". */
  DEMONYM,
  /** A capital or seat of government standing for the government ("Tehran", "the Kremlin", "Brussels"). */
  GOVERNMENT_METONYM
}
