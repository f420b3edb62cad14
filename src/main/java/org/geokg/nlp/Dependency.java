package org.geokg.nlp;

/**
 * A typed dependency (Universal Dependencies, enhanced++) between two tokens of one sentence.
 *
 * @param relation the label, e.g. {@code nsubj}, {@code obl:with}, {@code nmod:poss}
 * @param governor index of the head token, -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    if (relation == null || relation.isBlank() || governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad dependency " + relation + " " + governor + " " + dependent);
    }
  }

  /** The label before any {@code :} subtype, e.g. {@code obl} for {@code obl:with}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype after {@code :}, e.g. {@code with} for {@code obl:with}, or empty. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
