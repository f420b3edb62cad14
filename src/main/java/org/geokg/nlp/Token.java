package org.geokg.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its lemma
 * @param pos Penn Treebank part of speech
 * @param ner fine-grained named-entity tag, {@code "O"} for none
 * @param normalized normalized value of a DATE/TIME/NUMBER entity (e.g. {@code 2024-11-11}) or null
 * @param begin character offset of its start in the document
 * @param end character offset just past its end
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, String normalized, int begin,
    int end) {
  public Token {
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token offsets " + index + " " + begin + "-" + end);
    }
    word = word == null ? "" : word;
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
