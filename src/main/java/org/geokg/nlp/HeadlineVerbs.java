package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Restores the verb of a headline-style sentence the tagger read as a plural noun. News briefs and
 * headlines report in the present tense ("China jails 20 Uighur men", "A court in Cambodia sentences
 * two opposition leaders to prison"), and a verb spelt like a plural noun after the subject's noun is
 * tagged NNS: the sentence then has no verb, and the parser no predicate to hang it on.
 *
 * <p>Only a sentence with no finite verb is touched, and in it only a plural noun right after a noun
 * (the subject's head) and right before what opens an object (a determiner, number, name,
 * possessive or adjective): "sanctions" in "The United States sanctions three officials", not in
 * "US sanctions on Iran" (no object follows) or in a sentence that has its verb.
 */
final class HeadlineVerbs {

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "CD", "NNP", "NNPS", "PRP$", "JJ", "PRP");

  private HeadlineVerbs() {}

  /** Retags in place the one plural noun of {@code tokens} that is the sentence's verb, if there is one. */
  static void retag(List<CoreLabel> tokens) {
    if (tokens.stream().anyMatch(t -> FINITE.contains(t.tag()))) {
      return;
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if ("NNS".equals(t.tag()) && NOUNS.contains(tokens.get(i - 1).tag())
          && OBJECT_OPENERS.contains(tokens.get(i + 1).tag())) {
        t.setTag("VBZ");
        return;
      }
    }
  }
}
