package org.geokg.actor;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.geokg.SharedData;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.CoreNlpAnnotator;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test (surefire does not pick it up by name): on the seed article, how well
 * CoreNLP's coreference ({@code coref}, statistical) and our own resolver ({@link ActorRecognizer}:
 * recency and subject rules) resolve third-person pronouns and definite role nominals to the
 * article's people, and at what cost. Run with {@code ./mvnw -o -q test -Dtest=CorefMeasurement}.
 *
 * <p>Gold: read by hand, in text order. A referent of null is someone the article never names (the
 * man charged in the murder-for-hire plot): right when left unresolved.
 */
class CorefMeasurement {

  private static final LocalDate DATE = LocalDate.of(2024, 11, 15);
  private static final int RUNS = 3;

  /** he/him/his/she/her in text order. */
  private static final List<String> PRONOUN_GOLD = java.util.Arrays.asList(
      "person:elon-musk", // Despite his status (text)
      "person:elon-musk", // Despite his status (photo caption)
      "person:elon-musk", // His near-constant presence
      "person:elon-musk", // has earned him the moniker
      "person:elon-musk", // has earned him the title
      "person:donald-trump", // During his first term
      "person:donald-trump", // He also ordered the assassination
      null, // a man who said he had been tasked
      "person:farhad-shakeri", // instructed him this past September
      "person:farhad-shakeri", // other work he was doing
      "person:abbas-araghchi"); // "...," he said.

  /** Heads of definite role nominals in text order: billionaire, President-elect, boss, ambassador. */
  private static final List<String> NOMINAL_GOLD = List.of(
      "person:elon-musk", // the tech billionaire
      "person:donald-trump", // the President-elect's new cabinet
      "person:elon-musk", // The Tesla and SpaceX boss
      "person:donald-trump", // close to the President-elect (his presence)
      "person:amir-saeid-iravani", // the ambassador picked the site
      "person:donald-trump", // close to the President-elect (Musk's presence)
      "person:donald-trump", // The President-elect also imposed
      "person:donald-trump"); // plot to kill the President-elect

  /** An item, found by the character offsets of its tokens (a head may be any of them: "President - elect"). */
  private record Item(String kind, List<Integer> begins, String surface, String gold) {
    String in(Map<Integer, String> byBegin) {
      return begins.stream().map(byBegin::get).filter(Objects::nonNull).findFirst().orElse(null);
    }
  }

  @Test
  void measure() {
    String text = SharedData.seedText();
    ActorRecognizer recognizer = new ActorRecognizer(Gazetteer.fromClasspath());
    CoreNlpAnnotator ours = CoreNlpAnnotator.shared();
    AnnotatedText annotated = ours.annotate(text, DATE);
    List<Item> items = items(annotated);

    // Our resolver.
    ArticleActors found = recognizer.recognize(annotated);
    Map<Integer, String> oursByBegin = new HashMap<>();
    for (Mention m : found.mentions()) {
      if (m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.NOMINAL) {
        oursByBegin.put(annotated.sentences().get(m.sentence()).token(m.head()).begin(), m.actorKey());
      }
    }

    // CoreNLP coref over the same text and sentence splitting.
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("sutime.binders", "0");
    p.setProperty("coref.algorithm", System.getProperty("geokg.coref.algorithm", "statistical"));
    long t0 = System.nanoTime();
    StanfordCoreNLP coref = new StanfordCoreNLP(p);
    double load = (System.nanoTime() - t0) / 1e9;
    Annotation doc = corefAnnotate(coref, text);
    Map<Integer, String> corefByBegin = corefReferents(doc, annotated, found);

    int oursRight = 0;
    int corefRight = 0;
    for (Item it : items) {
      String o = it.in(oursByBegin);
      String c = it.in(corefByBegin);
      oursRight += Objects.equals(o, it.gold()) ? 1 : 0;
      corefRight += Objects.equals(c, it.gold()) ? 1 : 0;
      System.out.printf("COREF %-8s %-16s gold %-26s ours %-26s corenlp %s%n", it.kind(), it.surface(), it.gold(), o, c);
    }
    System.out.printf("COREF items %d: ours %d right (%.2f), CoreNLP coref %d right (%.2f)%n", items.size(),
        oursRight, oursRight / (double) items.size(), corefRight, corefRight / (double) items.size());
    for (String kind : List.of("pronoun", "nominal")) {
      long n = items.stream().filter(i -> i.kind().equals(kind)).count();
      long o = items.stream().filter(i -> i.kind().equals(kind) && Objects.equals(i.in(oursByBegin), i.gold())).count();
      long c = items.stream().filter(i -> i.kind().equals(kind) && Objects.equals(i.in(corefByBegin), i.gold())).count();
      System.out.printf("COREF %s: %d items, ours %d, CoreNLP %d%n", kind, n, o, c);
    }

    // Cost, warm: our pipeline's NLP, our resolver alone, and the pipeline with coref.
    double nlp = 0;
    double resolver = 0;
    double withCoref = 0;
    for (int i = 0; i < RUNS; i++) {
      long a = System.nanoTime();
      AnnotatedText again = ours.annotate(text, DATE);
      long b = System.nanoTime();
      recognizer.recognize(again);
      long c = System.nanoTime();
      corefAnnotate(coref, text);
      long d = System.nanoTime();
      nlp += (b - a) / 1e9;
      resolver += (c - b) / 1e9;
      withCoref += (d - c) / 1e9;
    }
    System.out.printf(Locale.ROOT, "COREF seconds per article (warm, mean of %d): our NLP %.2f + actor stage %.3f;"
        + " NLP with coref %.2f (coref model load %.1f s)%n", RUNS, nlp / RUNS, resolver / RUNS, withCoref / RUNS, load);
  }

  private static Annotation corefAnnotate(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, DATE.toString());
    pipeline.annotate(doc);
    return doc;
  }

  private static List<Item> items(AnnotatedText a) {
    List<Item> pronouns = new ArrayList<>();
    List<Item> nominals = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (List.of("he", "him", "his", "she", "her").contains(w)) {
          pronouns.add(new Item("pronoun", List.of(t.begin()), t.word(), null));
        }
        boolean afterThe = t.index() > 0 && s.token(t.index() - 1).word().equalsIgnoreCase("the");
        if (w.equals("billionaire") || w.equals("boss") || w.equals("ambassador") && afterThe) {
          nominals.add(new Item("nominal", List.of(t.begin()), t.word(), null));
        } else if (w.equals("president") && t.index() + 2 < s.tokens().size()
            && s.token(t.index() + 2).word().equals("elect")) {
          nominals.add(new Item("nominal", List.of(t.begin(), s.token(t.index() + 1).begin(),
              s.token(t.index() + 2).begin()), "President-elect", null));
        } else if (w.equals("president-elect")) {
          nominals.add(new Item("nominal", List.of(t.begin()), t.word(), null));
        }
      }
    }
    if (pronouns.size() != PRONOUN_GOLD.size() || nominals.size() != NOMINAL_GOLD.size()) {
      throw new IllegalStateException("gold out of step with the text: " + pronouns.size() + " pronouns, "
          + nominals.size() + " nominals");
    }
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < pronouns.size(); i++) {
      Item p = pronouns.get(i);
      out.add(new Item(p.kind(), p.begins(), p.surface(), PRONOUN_GOLD.get(i)));
    }
    for (int i = 0; i < nominals.size(); i++) {
      Item n = nominals.get(i);
      out.add(new Item(n.kind(), n.begins(), n.surface(), NOMINAL_GOLD.get(i)));
    }
    return out;
  }

  /**
   * Each coreferent token's actor, by character offset of its mention's head: the person our
   * recognizer names most often among the mentions of its chain (null when the chain names nobody).
   */
  private static Map<Integer, String> corefReferents(Annotation doc, AnnotatedText ours, ArticleActors found) {
    Map<Integer, String> namedAt = new HashMap<>();
    for (Mention m : found.mentions()) {
      if ((m.kind() == MentionKind.NAME || m.kind() == MentionKind.PARTIAL_NAME)
          && found.actor(m.actorKey()).kind() == ActorKind.PERSON) {
        Sentence s = ours.sentences().get(m.sentence());
        for (int i = m.start(); i < m.end(); i++) {
          namedAt.put(s.token(i).begin(), m.actorKey());
        }
      }
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Map<Integer, String> out = new HashMap<>();
    for (CorefChain chain : doc.get(CorefCoreAnnotations.CorefChainAnnotation.class).values()) {
      Map<String, Integer> votes = new HashMap<>();
      List<Integer> heads = new ArrayList<>();
      for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> toks = sentences.get(cm.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        heads.add(toks.get(cm.headIndex - 1).beginPosition());
        for (int i = cm.startIndex - 1; i < cm.endIndex - 1; i++) {
          String key = namedAt.get(toks.get(i).beginPosition());
          if (key != null) {
            votes.merge(key, 1, Integer::sum);
            break;
          }
        }
      }
      String referent = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      for (int h : heads) {
        out.put(h, referent);
      }
    }
    return out;
  }
}
