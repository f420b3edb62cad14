package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fine-grained entity tags (TITLE, COUNTRY, NATIONALITY, STATE_OR_PROVINCE, RELIGION, IDEOLOGY,
 * CRIMINAL_CHARGE, CAUSE_OF_DEATH) over the coarse tags of CoreNLP's statistical NER, from CoreNLP's own KBP gazetteers in its
 * models jar, with the labelling rules of its {@code TokensRegexNERAnnotator}: a phrase is tagged
 * when one of its tokens is a noun or adjective (caseless list), when every token's current tag is
 * background (O, MISC) or one the entry may overwrite, and when it does not cut an entity in two.
 *
 * <p>Why not CoreNLP's {@code ner.applyFineGrained}: run through TokensRegex over 585,000 entries
 * (533,000 of them city names, which geokg does not use: LOCATION serves for places), it took about
 * 40% of all NLP time here; this is a hash lookup per token and phrase length. Immutable and
 * thread-safe.
 */
final class FineGrainedTagger {

  private static final String DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  private static final Set<String> KEPT = Set.of("TITLE", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE",
      "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH");
  private static final Set<String> BACKGROUND = Set.of("O", "MISC");
  private static final Pattern VALID_POS = Pattern.compile("^(NN|JJ).*");
  private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\\\[\\](){}*+?|^$<>]");

  /** One gazetteer entry: its tag and the coarse tags it may replace. */
  private record Entry(String tag, Set<String> overwritable, double priority, boolean anyPos) {}

  private final Map<String, Entry> caseless;
  private final Map<String, Entry> cased;
  /** Lowercase first word of any entry to the most tokens an entry starting with it spans. */
  private final Map<String, Integer> longestFrom;

  private FineGrainedTagger(Map<String, Entry> caseless, Map<String, Entry> cased) {
    this.caseless = caseless;
    this.cased = cased;
    Map<String, Integer> longest = new HashMap<>();
    for (Map<String, Entry> m : List.of(caseless, cased)) {
      for (String key : m.keySet()) {
        // As the tokenizer splits them: "president-elect" is "president", "-", "elect".
        String[] words = key.replace("-", " - ").trim().split(" +");
        longest.merge(words[0].toLowerCase(Locale.ROOT), words.length, Math::max);
      }
    }
    this.longestFrom = Map.copyOf(longest);
  }

  /** Reads the gazetteers from CoreNLP's models jar (about a second). */
  static FineGrainedTagger fromModels() {
    Map<String, Entry> caseless = new HashMap<>();
    Map<String, Entry> cased = new HashMap<>();
    read(DIR + "regexner_caseless.tab", caseless, true);
    read(DIR + "regexner_cased.tab", cased, false);
    return new FineGrainedTagger(Map.copyOf(caseless), Map.copyOf(cased));
  }

  private static void read(String resource, Map<String, Entry> into, boolean ignoreCase) {
    try (InputStream raw = FineGrainedTagger.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(resource + " is missing: is the CoreNLP models jar on the classpath?");
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length < 2 || !KEPT.contains(f[1]) || REGEX_SYNTAX.matcher(f[0]).find()) {
          continue;
        }
        Set<String> over = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].split(",")) : Set.of();
        double priority = f.length > 3 ? parse(f[3]) : 0;
        String key = ignoreCase ? f[0].toLowerCase(Locale.ROOT) : f[0];
        Entry e = new Entry(f[1], over, priority, !ignoreCase);
        into.merge(key, e, (a, b) -> b.priority() > a.priority() ? b : a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Tags the longest listed phrases of one sentence in place (their NER annotation). */
  void tag(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      int longest = longestFrom.getOrDefault(tokens.get(i).word().toLowerCase(Locale.ROOT), 0);
      for (int len = Math.min(longest, tokens.size() - i); len >= 1 && matched == 0; len--) {
        Entry e = lookup(tokens, i, len);
        if (e != null && applicable(tokens, i, i + len, e)) {
          for (int k = i; k < i + len; k++) {
            tokens.get(k).setNER(e.tag());
          }
          matched = len;
        }
      }
      i += Math.max(1, matched);
    }
  }

  private Entry lookup(List<CoreLabel> tokens, int start, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = start; k < start + len; k++) {
      if (k > start) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    String phrase = sb.toString();
    Entry e = find(phrase);
    // The tokenizer splits hyphenated words ("President - elect"); the lists mostly spell them whole.
    return e != null || !phrase.contains(" - ") ? e : find(phrase.replace(" - ", "-"));
  }

  private Entry find(String phrase) {
    Entry e = cased.get(phrase);
    return e != null ? e : caseless.get(phrase.toLowerCase(Locale.ROOT));
  }

  private static boolean applicable(List<CoreLabel> tokens, int start, int end, Entry e) {
    boolean posOk = e.anyPos();
    for (int k = start; k < end; k++) {
      String ner = ner(tokens.get(k));
      if (!BACKGROUND.contains(ner) && !e.overwritable().contains(ner)) {
        return false;
      }
      posOk |= tokens.get(k).tag() != null && VALID_POS.matcher(tokens.get(k).tag()).matches();
    }
    // Part of a longer entity ("Foreign Minister" inside an organisation's name) is left alone.
    String first = ner(tokens.get(start));
    String last = ner(tokens.get(end - 1));
    boolean cutsBefore = start > 0 && !BACKGROUND.contains(first) && first.equals(ner(tokens.get(start - 1)));
    boolean cutsAfter = end < tokens.size() && !BACKGROUND.contains(last) && last.equals(ner(tokens.get(end)));
    return posOk && !cutsBefore && !cutsAfter;
  }

  private static String ner(CoreLabel l) {
    return l.ner() == null ? "O" : l.ner();
  }
}
