package org.geokg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * The words that express relations ({@code event/triggers.tsv}): lemma and part of speech to
 * relation type and the dependency slots that hold the target. Immutable and thread-safe.
 */
final class TriggerLexicon {

  /** One trigger entry. */
  record Trigger(String lemma, boolean verb, RelationType type, List<String> targetSlots, boolean light,
      boolean needsSlot, boolean thirdParty, boolean infinitive) {
    Trigger {
      targetSlots = List.copyOf(targetSlots);
    }
  }

  private final Map<String, Trigger> byKey;

  private TriggerLexicon(Map<String, Trigger> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  static TriggerLexicon fromClasspath() {
    String name = "/event/triggers.tsv";
    Map<String, Trigger> out = new HashMap<>();
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || !(f[1].equals("VERB") || f[1].equals("NOUN"))) {
          throw new IllegalStateException(name + ":" + lineNo + ": expected lemma, VERB|NOUN, type, slots");
        }
        String where = name + ":" + lineNo;
        RelationType type = RelationType.parse(f[2]).orElseThrow(
            () -> new IllegalStateException(where + ": unknown relation type " + f[2]));
        boolean verb = f[1].equals("VERB");
        Trigger t = new Trigger(f[0], verb, type, List.of(f[3].split(",")), f.length > 4 && f[4].contains("light"),
            f.length > 4 && f[4].contains("slot"), f.length > 4 && f[4].contains("third"),
            f.length > 4 && f[4].contains("to"));
        if (out.put(key(f[0], verb), t) != null) {
          throw new IllegalStateException(name + ":" + lineNo + ": duplicate trigger " + f[0] + " " + f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TriggerLexicon(out);
  }

  /** First words of the multi-word verb triggers ("pull" of "pull out"), lowercase. */
  java.util.Set<String> phraseVerbHeads() {
    java.util.Set<String> heads = new java.util.HashSet<>();
    for (Trigger t : byKey.values()) {
      int space = t.lemma().indexOf(' ');
      if (t.verb() && space > 0) {
        heads.add(t.lemma().substring(0, space).toLowerCase(Locale.ROOT));
      }
    }
    return heads;
  }

  Optional<Trigger> lookup(String lemma, boolean verb) {
    return Optional.ofNullable(byKey.get(key(lemma, verb)));
  }

  /**
   * The trigger token {@code i} of a parsed sentence expresses, if any: a verb with its particle or
   * preposition ("pull out", "call on") before the verb alone; a noun the tagger mistook for a verb's
   * place ("they would blockade Paris") read as a verb, else as a noun.
   */
  Optional<Trigger> at(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.isVerb() && !t.isNoun() || t.ner().equals("DATE")) { // "last March"
      return Optional.empty();
    }
    boolean verb = t.isVerb() || actsAsVerb(s, i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (verb) {
      for (int prt : s.children(i, "compound:prt")) {
        Optional<Trigger> withParticle =
            lookup(lemma + " " + s.token(prt).word().toLowerCase(Locale.ROOT), true);
        if (withParticle.isPresent()) {
          return withParticle;
        }
      }
      for (Dependency d : s.children(i)) {
        if (d.base().equals("obl") && !d.subtype().isEmpty() && !s.token(d.dependent()).ner().equals("DATE")) {
          // "pulled out of" parses as obl:out_of, "called on" as obl:on ("called on Monday" is no "call on")
          String particle = d.subtype().split("_")[0];
          Optional<Trigger> withPrep = lookup(lemma + " " + particle, true);
          if (withPrep.isPresent()) {
            return withPrep;
          }
        }
        String stranded = d.base().equals("advcl") ? Syntax.strandedParticle(s, d.dependent()) : null;
        if (stranded != null) {
          Optional<Trigger> withStranded = lookup(lemma + " " + stranded, true);
          if (withStranded.isPresent()) {
            return withStranded;
          }
        }
      }
    }
    Optional<Trigger> entry = lookup(lemma, verb);
    return entry.isEmpty() && verb && !t.isVerb() ? lookup(lemma, false) : entry;
  }

  /**
   * A word tagged as a noun that has a subject and an auxiliary is a verb the tagger missed ("they
   * would blockade Paris", "Iran will sanction ...").
   */
  private static boolean actsAsVerb(Sentence s, int i) {
    return s.token(i).isNoun() && !s.children(i, "nsubj").isEmpty()
        && s.children(i, "aux").stream().anyMatch(a -> s.token(a).pos().equals("MD"))
        && s.children(i, "cop").isEmpty();
  }

  private static String key(String lemma, boolean verb) {
    return (verb ? "V:" : "N:") + lemma.toLowerCase(Locale.ROOT);
  }
}
