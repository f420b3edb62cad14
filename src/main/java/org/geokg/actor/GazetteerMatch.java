package org.geokg.actor;

import java.util.Objects;

/**
 * A gazetteer entry found for a surface form, and how it was found.
 *
 * <p>Immutable and thread-safe.
 */
public record GazetteerMatch(GazetteerEntry entry, MatchKind how) {

  public GazetteerMatch {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(how, "how");
  }
}
