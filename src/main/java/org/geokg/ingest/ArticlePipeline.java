package org.geokg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Gazetteer;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.article.ArticleInput;
import org.geokg.article.ArticleReader;
import org.geokg.article.ReadResult;
import org.geokg.article.TextLanguage;
import org.geokg.event.ArticleEvents;
import org.geokg.event.EventExtractor;
import org.geokg.event.Relation;
import org.geokg.fetch.FetchSettings;
import org.geokg.fetch.PageFetcher;
import org.geokg.graph.ArticleGraph;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.CoreNlpAnnotator;

/**
 * The one orchestrator: input in, the {@link ArticleGraph} the writer stores out, through the stages
 * in the data's order (read the article, skip it unless English, NLP, actors, events, the roles the
 * events reveal). Every command and the API run it: {@code ingest} and {@code POST /api/articles}
 * write what {@link #analyse} returns, {@code events} and {@code eval-events} print or score it. Touches
 * no database, so it can run on many threads ahead of the writer.
 *
 * <p>Thread-safe: its stages are.
 */
public final class ArticlePipeline {

  private final ArticleReader reader;
  private final CoreNlpAnnotator nlp;
  private final ActorRecognizer actors;
  private final EventExtractor events;
  private final StageTimes times;

  public ArticlePipeline(ArticleReader reader, CoreNlpAnnotator nlp, ActorRecognizer actors, EventExtractor events,
      StageTimes times) {
    this.reader = reader;
    this.times = times;
    // Only sentences that can hold an event or a role are worth a dependency parse.
    this.nlp = nlp.parsing(events.parseSelector());
    this.actors = actors;
    this.events = events;
  }

  /**
   * The pipeline built directly, with no Spring context, over the given NLP configuration: for the
   * commands that print or score what ingest would store. Its reader fetches nothing unless given a URL.
   */
  public static ArticlePipeline standalone(CoreNlpAnnotator nlp) {
    return standalone(nlp, new EventExtractor());
  }

  /** The same, with the given event stage (the rules alone, or another classifier). */
  public static ArticlePipeline standalone(CoreNlpAnnotator nlp, EventExtractor events) {
    return standalone(nlp, new ActorRecognizer(Gazetteer.fromClasspath()), events);
  }

  /** The same, with the given actor and event stages (e.g. the actor stage without its dictionaries). */
  public static ArticlePipeline standalone(CoreNlpAnnotator nlp, ActorRecognizer actors, EventExtractor events) {
    return new ArticlePipeline(new ArticleReader(new PageFetcher(FetchSettings.defaults())), nlp, actors, events,
        new StageTimes());
  }

  /** What reading an input gives: an English article to analyse, or why there is none. */
  public sealed interface Reading {
    /** An article the pipeline can analyse. */
    record English(Article article) implements Reading {}

    /** An article in another language, by its text: the models read English only. */
    record NotEnglish(Article article, String language) implements Reading {}

    /** No article: the input holds no article text, could not be fetched, or its URL was refused. */
    record Unreadable(String reason, ReadResult.Cause cause) implements Reading {}
  }

  /**
   * What one article yields: the graph to store, the stage outputs it was made from, and how many
   * characters of the article's text were analysed (all of it, unless it was longer than {@link
   * #MAX_ANALYSED_CHARS}).
   */
  public record Analysis(ArticleGraph graph, AnnotatedText text, ArticleActors actors, ArticleEvents events,
      int analysedChars) {}

  /** Reads {@code input} to an article and identifies its language (the text decides). */
  public Reading read(ArticleInput input) {
    long start = System.nanoTime();
    ReadResult read = reader.read(input);
    times.add(StageTimes.Stage.READ, System.nanoTime() - start);
    return switch (read) {
      case ReadResult.Unreadable u -> new Reading.Unreadable(u.reason(), u.cause());
      case ReadResult.Read r when TextLanguage.of(r.article()) instanceof TextLanguage.Language l && !l.isEnglish() ->
          new Reading.NotEnglish(r.article(), l.name());
      case ReadResult.Read r -> new Reading.English(r.article());
    };
  }

  /**
   * Longest text the NLP stage reads of one article (about 15,000 words, beyond nearly every news
   * story): parsing time grows with length, and one giant page must not hold a worker for minutes.
   * The stored article keeps its whole text.
   */
  static final int MAX_ANALYSED_CHARS = 100_000;

  static String analysedText(Article article) {
    String text = article.text();
    if (text.length() <= MAX_ANALYSED_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf("\n\n", MAX_ANALYSED_CHARS);
    return text.substring(0, cut > 0 ? cut : MAX_ANALYSED_CHARS);
  }

  /** Runs NLP, actors and events on an article: what the writer would store, and why. */
  public Analysis analyse(Article article) {
    long t0 = System.nanoTime();
    String analysed = analysedText(article);
    AnnotatedText text = nlp.annotate(analysed, article.publishedAt());
    long t1 = System.nanoTime();
    ArticleActors found = actors.recognize(text);
    long t2 = System.nanoTime();
    ArticleEvents ev = events.extract(text, found);
    times.add(StageTimes.Stage.NLP, t1 - t0);
    times.add(StageTimes.Stage.ACTORS, t2 - t1);
    times.add(StageTimes.Stage.EVENTS, System.nanoTime() - t2);
    times.addTokens(text.tokenCount());
    ArticleActors withRoles = actors.withDiscoveredRoles(found, ev.discoveredRoles());

    Set<String> related = new HashSet<>();
    for (Relation r : ev.relations()) {
      related.add(r.sourceKey());
      related.add(r.targetKey());
    }
    List<ArticleGraph.RoleEvidence> roles = new ArrayList<>();
    for (Role r : withRoles.roles()) {
      roles.add(new ArticleGraph.RoleEvidence(r, text.sentences().get(r.sentence()).text()));
    }
    ArticleGraph graph = new ArticleGraph(article, withRoles.mentionCounts(related), ev.relations(), roles);
    return new Analysis(graph, text, withRoles, ev, analysed.length());
  }
}
