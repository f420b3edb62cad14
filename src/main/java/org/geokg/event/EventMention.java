package org.geokg.event;

/**
 * One event as one sentence reports it, before the mentions of an article are merged.
 *
 * @param type the relation
 * @param source who acts
 * @param target whom it is done to
 * @param sentence index of the sentence
 * @param trigger token index of the word that expresses it
 * @param date the date, to the day, month ({@code 2020-09}) or year ({@code 2020}), or null
 * @param place place name as written, or null
 * @param confidence in (0, 1]
 * @param negated whether the sentence says it did not happen
 * @param modality asserted, intended or possible
 * @param attribution who the sentence says asserts it ("sources", "Iranian officials"), or null
 */
record EventMention(
    RelationType type, Participant source, Participant target, int sentence, int trigger, PartialDate date,
    String place, double confidence, boolean negated, Modality modality, String attribution) {
  EventMention {
    if (type == null || source == null || target == null || modality == null) {
      throw new IllegalArgumentException("an event needs a type, a source and a target");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
  }

  EventMention with(Participant newSource, Participant newTarget, double factor) {
    return new EventMention(type, newSource, newTarget, sentence, trigger, date, place,
        confidence * factor, negated, modality, attribution);
  }
}
