package org.geokg.event;

import java.util.List;

/**
 * An event with one known actor and no target in the text or in its country ("Syria says it will
 * not accept any more refugees", "Ugandan rebels surrendered"): not a graph edge, but an event for
 * event-data output. Merged over the article's sentences like a {@link Relation}. Immutable.
 *
 * @param type the relation type it would have with a target
 * @param actorKey who acts
 * @param date the date, to the day, month or year, or null
 * @param place place name or null
 * @param confidence in (0, 1]
 * @param negated whether the article says it did not happen
 * @param sentences the sentences reporting it, in article order
 * @param modality asserted, intended or possible
 * @param attribution who the article says asserts it, or null
 */
public record Action(RelationType type, String actorKey, PartialDate date, String place, double confidence,
    boolean negated, List<String> sentences, Modality modality, String attribution) {
  public Action {
    if (type == null || actorKey == null || modality == null) {
      throw new IllegalArgumentException("an action needs a type, an actor and a modality");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
    sentences = List.copyOf(sentences);
  }
}
