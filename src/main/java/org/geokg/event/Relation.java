package org.geokg.event;

import java.util.List;

/**
 * One event relation of one article, merged over every sentence of the article that reports it:
 * the graph's edge. For a symmetric type source and target are in key order.
 *
 * @param type the relation type (with its PLOVER type and CAMEO code)
 * @param sourceKey actor key of the source
 * @param targetKey actor key of the target
 * @param date date of the event, to the day, month or year, or null
 * @param place place name or null
 * @param confidence in (0, 1]
 * @param negated whether the article says it did not happen
 * @param sentences the sentences reporting it, in article order
 * @param modality how the article presents it: asserted, intended ("plans to") or possible ("could")
 * @param attribution who the article says asserts it ("sources", "Iranian officials", "The New York
 *     Times"), the first given, or null when the article asserts it itself
 */
public record Relation(
    RelationType type, String sourceKey, String targetKey, PartialDate date, String place, double confidence,
    boolean negated, List<String> sentences, Modality modality, String attribution) {
  public Relation {
    if (type == null || sourceKey == null || targetKey == null || sourceKey.equals(targetKey)) {
      throw new IllegalArgumentException("a relation needs a type and two different actors");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
    sentences = List.copyOf(sentences);
    modality = modality == null ? Modality.ASSERTED : modality;
    attribution = attribution == null || attribution.isBlank() ? null : attribution;
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a relation needs the sentences that report it");
    }
  }
}
