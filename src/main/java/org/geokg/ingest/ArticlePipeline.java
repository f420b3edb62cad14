package org.geokg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.actor.MentionKind;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.event.ArticleEvents;
import org.geokg.event.EventExtractor;
import org.geokg.event.Relation;
import org.geokg.graph.ArticleGraph;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.CoreNlpAnnotator;

/**
 * Article in, {@link ArticleGraph} out: NLP, actors, events, and the roles the events reveal.
 * Touches no database, so it can run on many threads ahead of the writer.
 *
 * <p>Thread-safe: its stages are.
 */
public final class ArticlePipeline {

  private final CoreNlpAnnotator nlp;
  private final ActorRecognizer actors;
  private final EventExtractor events;
  private final StageTimes times;

  public ArticlePipeline(CoreNlpAnnotator nlp, ActorRecognizer actors, EventExtractor events) {
    this(nlp, actors, events, new StageTimes());
  }

  /** A pipeline that adds the time of its stages to {@code times}. */
  public ArticlePipeline(CoreNlpAnnotator nlp, ActorRecognizer actors, EventExtractor events, StageTimes times) {
    this.times = times;
    // Only sentences that can hold an event or a role are worth a dependency parse.
    this.nlp = nlp.parsing(events.parseSelector());
    this.actors = actors;
    this.events = events;
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

  public ArticleGraph process(Article article) {
    long t0 = System.nanoTime();
    AnnotatedText text = nlp.annotate(analysedText(article), article.publishedAt());
    long t1 = System.nanoTime();
    ArticleActors found = actors.recognize(text);
    long t2 = System.nanoTime();
    ArticleEvents ev = events.extract(text, found);
    times.add(StageTimes.Stage.NLP, t1 - t0);
    times.add(StageTimes.Stage.ACTORS, t2 - t1);
    times.add(StageTimes.Stage.EVENTS, System.nanoTime() - t2);
    times.addTokens(text.tokenCount());
    ArticleActors withRoles = actors.withDiscoveredRoles(found, ev.discoveredRoles());

    Set<String> needed = new HashSet<>();
    for (Relation r : ev.relations()) {
      needed.add(r.sourceKey());
      needed.add(r.targetKey());
    }
    List<ArticleGraph.RoleEvidence> roles = new ArrayList<>();
    for (Role r : withRoles.roles()) {
      roles.add(new ArticleGraph.RoleEvidence(r, text.sentences().get(r.sentence()).text()));
      needed.add(r.holderKey());
      if (r.principalKey() != null) {
        needed.add(r.principalKey());
      }
      if (r.postKey() != null) {
        needed.add(r.postKey());
      }
    }
    // A seat of government used only as a place ("a meeting in Tehran") is not a mention of the country.
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : withRoles.mentions()) {
      if (m.kind() != MentionKind.METONYM || needed.contains(m.actorKey())) {
        counts.merge(m.actorKey(), 1, Integer::sum);
      }
    }
    for (String k : needed) {
      counts.putIfAbsent(k, 1);
    }
    Map<Actor, Integer> byActor = new LinkedHashMap<>();
    counts.forEach((k, n) -> byActor.put(withRoles.actor(k), n));
    return new ArticleGraph(article, byActor, ev.relations(), roles);
  }
}
