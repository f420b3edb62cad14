package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP stage: text in, {@link AnnotatedText} out (tokens, lemmas, parts of speech, fine-grained
 * named entities with SUTime-normalised dates, enhanced++ Universal Dependencies).
 *
 * <p>A CoreNLP pipeline costs ~15 s and several GB to build, so there is one per process and
 * configuration ({@link #shared()}), built in the background from the first call. {@link #annotate}
 * is thread-safe: CoreNLP annotators may run on different documents concurrently.
 */
public final class CoreNlpAnnotator {

  private static final Logger log = LoggerFactory.getLogger(CoreNlpAnnotator.class);
  private static final Map<String, CompletableFuture<StanfordCoreNLP>> PIPELINES =
      new ConcurrentHashMap<>();

  private final CompletableFuture<StanfordCoreNLP> pipeline;

  private CoreNlpAnnotator(Properties props) {
    this.pipeline =
        PIPELINES.computeIfAbsent(
            props.toString(), k -> CompletableFuture.supplyAsync(() -> build(props)));
  }

  /** The process-wide annotator with geokg's standard configuration; loading starts now. */
  public static CoreNlpAnnotator shared() {
    return new CoreNlpAnnotator(standardProperties());
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

  /** Whether the models are loaded, so that {@link #annotate} will not wait for them. */
  public boolean isReady() {
    return pipeline.isDone() && !pipeline.isCompletedExceptionally();
  }

  /** Why the models failed to load, once loading has failed. */
  public java.util.Optional<Throwable> loadFailure() {
    if (!pipeline.isCompletedExceptionally()) {
      return java.util.Optional.empty();
    }
    try {
      pipeline.join();
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
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline().annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s));
    }
    return new AnnotatedText(sentences, documentDate);
  }

  private StanfordCoreNLP pipeline() {
    try {
      return pipeline.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the NLP models", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the NLP models failed to load: " + e.getCause(), e.getCause());
    }
  }

  private static Sentence convert(int index, CoreMap s) {
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
    return new Sentence(index, s.get(CoreAnnotations.TextAnnotation.class), tokens, deps);
  }

  private static StanfordCoreNLP build(Properties props) {
    long start = System.nanoTime();
    StanfordCoreNLP p = new StanfordCoreNLP(props);
    log.info("NLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    return p;
  }
}
