package org.geokg.event;

import org.geokg.actor.MentionKind;
import org.geokg.actor.RoleReference;

/** Who takes part in an event mention: a resolved actor, or a role whose holder is not yet known. */
sealed interface Participant {

  /** An actor, and how the text referred to it (a pronoun is weaker evidence than a name). */
  record Known(String actorKey, MentionKind via) implements Participant {
    public Known {
      if (actorKey == null || actorKey.isBlank()) {
        throw new IllegalArgumentException("actor key required");
      }
    }
  }

  /** "Iran's ambassador to the U.N." before we know who that is. */
  record Unbound(RoleReference role) implements Participant {}

  /**
   * No actor named in the sentence: "Turkish police prevented the demonstration". The event is
   * then domestic: it targets the source's own country, when the source is not that country.
   */
  record Unspecified() implements Participant {}
}
