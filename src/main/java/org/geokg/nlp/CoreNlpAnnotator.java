package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP stage: text in, {@link AnnotatedText} out (tokens, lemmas, parts of speech, fine-grained
 * named entities with SUTime-normalised dates, enhanced++ Universal Dependencies).
 *
 * <p>Two configurations. {@link #shared()} is geokg's own, which spends the expensive steps only
 * where they pay: CoreNLP's statistical NER, then fine-grained tags from CoreNLP's KBP gazetteers
 * by hash lookup ({@link FineGrainedTagger}), SUTime only on parsed sentences with a time word, and the
 * dependency parser only on sentences its {@link ParseSelector} picks (see {@link #parsing}).
 * {@link #fullCoreNlp()} is plain CoreNLP ({@code tokenize,ssplit,pos,lemma,ner,depparse} with
 * its defaults on every sentence): the baseline of {@code geokg bench ingest} and the reference
 * that shows the economies cost no accuracy.
 *
 * <p>Models cost ~15 s and gigabytes to load, so there is one set per process and configuration,
 * built in the background from the first call. {@link #annotate} is thread-safe: CoreNLP
 * annotators may run on different documents concurrently.
 */
public final class CoreNlpAnnotator {

  private static final Logger log = LoggerFactory.getLogger(CoreNlpAnnotator.class);

  /** Which models a configuration runs. */
  private enum Mode { SELECTIVE, FULL }

  /** Loaded models: the tagging pipeline and, for SELECTIVE, the steps it runs on demand. */
  private record Models(StanfordCoreNLP tagger, StanfordCoreNLP parser, TimeAnnotator time,
      FineGrainedTagger fine) {}

  private static final Map<Mode, CompletableFuture<Models>> MODELS = new ConcurrentHashMap<>();

  /**
   * Loads models side by side on daemon threads of their own: the common pool has a single thread
   * on a 2-core machine, which loaded them one after another.
   */
  private static final java.util.concurrent.Executor LOADER = java.util.concurrent.Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "nlp-model-load");
    t.setDaemon(true);
    return t;
  });

  /** Words that may start or be part of a time expression SUTime can normalise. */
  private static final Set<String> TIME_WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "weekend",
      "month", "months", "year", "years", "decade", "decades", "century", "ago", "morning",
      "afternoon", "evening", "night", "spring", "summer", "autumn", "fall", "winter", "day", "days",
      "hour", "hours", "earlier", "later", "recently", "now", "currently", "past", "last", "next");

  /** The steps of {@link #annotate}, timed for benchmarks. */
  public enum Step { TAG, FINE_GRAINED, TIME, PARSE }

  /** Time per step and sentence counts, shared by an annotator and those derived from it by {@link #parsing}. */
  private static final class StepCounters {
    final Map<Step, LongAdder> nanos = new EnumMap<>(Step.class);
    final LongAdder sentences = new LongAdder();
    final LongAdder parsed = new LongAdder();

    StepCounters() {
      for (Step step : Step.values()) {
        nanos.put(step, new LongAdder());
      }
    }
  }

  /** Tags a time expression may replace: names keep theirs ("May" the person). */
  private static final Set<String> NUMERIC_OR_NONE =
      Set.of("O", "MISC", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

  private final Mode mode;
  private final ParseSelector selector;
  private final CompletableFuture<Models> models;
  private final StepCounters counters;

  private CoreNlpAnnotator(Mode mode, ParseSelector selector, StepCounters counters) {
    this.mode = mode;
    this.selector = selector;
    this.counters = counters;
    this.models = MODELS.computeIfAbsent(mode, CoreNlpAnnotator::load);
  }

  /**
   * The process-wide annotator with geokg's configuration, parsing every sentence until a {@link
   * #parsing selector} says otherwise; loading starts now.
   */
  public static CoreNlpAnnotator shared() {
    return new CoreNlpAnnotator(Mode.SELECTIVE, ParseSelector.ALL, new StepCounters());
  }

  /** Plain CoreNLP with its default annotators and options on every sentence; loading starts now. */
  public static CoreNlpAnnotator fullCoreNlp() {
    return new CoreNlpAnnotator(Mode.FULL, ParseSelector.ALL, new StepCounters());
  }

  /**
   * The same models, parsing only the sentences {@code selector} picks (the full configuration
   * parses every sentence whatever the selector).
   */
  public CoreNlpAnnotator parsing(ParseSelector selector) {
    return new CoreNlpAnnotator(mode, java.util.Objects.requireNonNull(selector, "selector"), counters);
  }

  static Properties standardProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // Paragraphs (blank-line separated) never run into one another, e.g. a headline without a full stop.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // JollyDay's holiday configuration cannot be read from inside a Spring Boot jar (see shared notes).
    p.setProperty("sutime.binders", "0");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  private static Properties taggingProperties() {
    Properties p = standardProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    return p;
  }

  private static CompletableFuture<Models> load(Mode mode) {
    return switch (mode) {
      case FULL -> CompletableFuture.supplyAsync(
          () -> new Models(timed("CoreNLP", () -> new StanfordCoreNLP(standardProperties())), null, null, null), LOADER);
      case SELECTIVE -> {
        // Loaded side by side: readiness is the slowest model, not their sum.
        var tagger = CompletableFuture.supplyAsync(() -> timed("tagger", () -> new StanfordCoreNLP(taggingProperties())),
            LOADER);
        var parser = CompletableFuture.supplyAsync(() -> timed("parser", () -> {
          Properties p = standardProperties();
          p.setProperty("annotators", "depparse");
          p.setProperty("enforceRequirements", "false");
          // The parser memoises hidden-layer products of features its model does not precompute, in
          // a 5,000-entry cache by default; news vocabulary overflows it (measured: parsing 21%
          // faster with 100,000 entries, ~90 MB; results are the same, only memoised).
          p.setProperty("depparse.numCached", "100000");
          return new StanfordCoreNLP(p);
        }), LOADER);
        var time = CompletableFuture.supplyAsync(
            () -> timed("SUTime", () -> new TimeAnnotator("sutime", standardProperties())), LOADER);
        var fine = CompletableFuture.supplyAsync(() -> timed("fine-grained tags", FineGrainedTagger::fromModels), LOADER);
        yield CompletableFuture.allOf(tagger, parser, time, fine)
            .thenApply(v -> new Models(tagger.join(), parser.join(), time.join(), fine.join()));
      }
    };
  }

  private static <T> T timed(String what, java.util.function.Supplier<T> load) {
    long start = System.nanoTime();
    T t = load.get();
    log.info("NLP {} loaded in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    return t;
  }

  /** Whether the models are loaded, so that {@link #annotate} will not wait for them. */
  public boolean isReady() {
    return models.isDone() && !models.isCompletedExceptionally();
  }

  /** Why the models failed to load, once loading has failed. */
  public java.util.Optional<Throwable> loadFailure() {
    if (!models.isCompletedExceptionally()) {
      return java.util.Optional.empty();
    }
    try {
      models.join();
      return java.util.Optional.empty();
    } catch (java.util.concurrent.CompletionException e) {
      return java.util.Optional.of(e.getCause() == null ? e : e.getCause());
    }
  }

  /**
   * Annotates {@code text}. Relative dates ("Monday", "last year") resolve against {@code
   * documentDate} when given. Blocks until the models are loaded.
   */
  public AnnotatedText annotate(String text, LocalDate documentDate) {
    Models m = models();
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    long t0 = System.nanoTime();
    m.tagger().annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sentences) {
      HeadlineVerbs.retag(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    long t1 = System.nanoTime();
    long t2 = t1;
    if (mode == Mode.SELECTIVE) {
      for (CoreMap s : sentences) {
        m.fine().tag(s.get(CoreAnnotations.TokensAnnotation.class));
      }
      t2 = System.nanoTime();
    }
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    BitSet parsed = new BitSet();
    for (CoreMap s : sentences) {
      List<Token> t = tokens(s);
      if (mode == Mode.SELECTIVE && selector.needsParse(t)) {
        parsed.set(tokens.size());
        toParse.add(s);
      }
      tokens.add(t);
    }
    long timeStart = System.nanoTime(); // the time step counts SUTime alone, not token building
    if (mode == Mode.SELECTIVE) {
      // Dates are read only around event triggers, i.e. in the sentences picked for parsing.
      List<Integer> timed = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (parsed.get(i) && mentionsTime(sentences.get(i))) {
          timed.add(i);
        }
      }
      tagTimes(m.time(), doc, timed.stream().map(sentences::get).toList());
      for (int i : timed) {
        tokens.set(i, tokens(sentences.get(i)));
      }
    }
    long t3 = System.nanoTime();
    if (!toParse.isEmpty()) {
      m.parser().annotate(part(doc, toParse));
    }
    long t4 = System.nanoTime();
    counters.nanos.get(Step.TAG).add(t1 - t0);
    counters.nanos.get(Step.FINE_GRAINED).add(t2 - t1);
    counters.nanos.get(Step.TIME).add(t3 - timeStart);
    counters.nanos.get(Step.PARSE).add(t4 - t3);
    counters.sentences.add(sentences.size());
    counters.parsed.add(mode == Mode.SELECTIVE ? toParse.size() : sentences.size());
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      out.add(new Sentence(i, s.get(CoreAnnotations.TextAnnotation.class), tokens.get(i), dependencies(s)));
    }
    return new AnnotatedText(out, documentDate);
  }

  /**
   * Time spent in each step by this annotator and those derived from it by {@link #parsing} since
   * it was made or the last {@link #resetStepTimes}, with the number of sentences seen and parsed (for
   * plain CoreNLP, TAG holds everything).
   */
  public String stepTimes() {
    StringBuilder sb = new StringBuilder();
    for (Step step : Step.values()) {
      sb.append(String.format(java.util.Locale.ROOT, "%s %.1f s, ", step.name().toLowerCase(java.util.Locale.ROOT),
          counters.nanos.get(step).sum() / 1e9));
    }
    return sb.append(counters.parsed.sum()).append(" of ").append(counters.sentences.sum())
        .append(" sentences parsed").toString();
  }

  /** Restarts the counts of {@link #stepTimes}. */
  public void resetStepTimes() {
    counters.nanos.values().forEach(LongAdder::reset);
    counters.sentences.reset();
    counters.parsed.reset();
  }

  /** A document of some of {@code doc}'s sentences, for annotators that work sentence by sentence. */
  private static Annotation part(Annotation doc, List<CoreMap> sentences) {
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return part;
  }

  private static boolean mentionsTime(CoreMap sentence) {
    for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String w = l.word();
      if ("DATE".equals(l.ner()) || "TIME".equals(l.ner())
          || TIME_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))
          || w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /** Runs SUTime on {@code sentences} and tags their time expressions as the NER stage would. */
  private static void tagTimes(TimeAnnotator sutime, Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    sutime.annotate(part(doc, sentences));
    for (CoreMap s : sentences) {
      List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
      if (timexes == null) {
        continue;
      }
      for (CoreMap t : timexes) {
        Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
        List<CoreLabel> covered = t.get(CoreAnnotations.TokensAnnotation.class);
        if (timex == null || covered == null) {
          continue;
        }
        for (CoreLabel l : covered) {
          if (l.ner() == null || NUMERIC_OR_NONE.contains(l.ner())) {
            l.setNER(timex.timexType());
            l.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, timex.value());
          }
        }
      }
    }
  }

  private Models models() {
    try {
      return models.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the NLP models", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the NLP models failed to load: " + e.getCause(), e.getCause());
    }
  }

  private static List<Token> tokens(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(
              i,
              l.word(),
              l.lemma(),
              l.tag(),
              l.ner(),
              l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
              l.beginPosition(),
              l.endPosition()));
    }
    return tokens;
  }

  private static List<Dependency> dependencies(CoreMap s) {
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      for (var root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        // Copy nodes of enhanced++ graphs (ellipsis) have no token of their own: skip them.
        if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
          continue;
        }
        deps.add(
            new Dependency(
                e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
    }
    return deps;
  }
}
