package org.geokg.graph;

import java.util.List;

/** The read models the graph answers with; plain immutable records, serialised by the API as JSON. */
public final class GraphViews {
  private GraphViews() {}

  /** An actor named in a relation or a role. */
  public record ActorRef(String id, String name, String kind, String code) {}

  /** The article an edge was read from. */
  public record ArticleRef(String id, String url, String title, String publishedAt, String publisher) {}

  /** One event relation with its evidence. {@code sentence} is the first of {@code sentences}. */
  public record RelationView(
      String id, String type, String plover, String cameo, ActorRef source, ActorRef target, String date,
      String place, double confidence, boolean negated, String modality, String attribution, String sentence,
      List<String> sentences, ArticleRef article) {}

  /**
   * The same (source, type, target, date) across articles: how many articles and distinct
   * publishers report it (corroboration), the best confidence, one sentence and up to 20 articles.
   */
  public record AggregateRelation(
      String id, String type, String plover, String cameo, ActorRef source, ActorRef target, String date,
      long articles, long publishers, double confidence, String sentence, List<ArticleRef> articleRefs) {}

  /** A relation with its evidence: sentences, the article, and the start of the article's text. */
  public record Evidence(RelationView relation, String author, String text, boolean textTruncated) {}

  /**
   * A role an actor was seen holding, with the dates of the articles that show it: read from their
   * text ({@code source} {@code text}), or given by the field's dictionaries ({@code dictionary}) for
   * the span {@code from}..{@code to} (ISO dates, null when open; always null for a text role).
   */
  public record RoleView(String title, ActorRef of, ActorRef at, String source, String from, String to,
      String firstSeen, String lastSeen, int articles) {}

  /** Number of relations of one type. */
  public record TypeCount(String type, long count) {}

  /** An actor the profiled actor has relations with, how many and of which types. */
  public record Counterpart(ActorRef actor, long relations, List<String> types) {}

  /** An actor's profile: roles over time, relation counts by type, top counterparts. */
  public record ActorView(
      String id, String name, String kind, String code, String sector, List<String> aliases,
      List<RoleView> roles, List<TypeCount> relationCounts, List<Counterpart> topCounterparts,
      String unresolvedReason) {}

  /** An actor in a list. */
  public record ActorSummary(String id, String name, String kind, String code, String sector, List<String> aliases) {}

  /** An article with the actors it mentions. */
  public record ArticleView(String id, String url, String title, String publishedAt, String publisher,
      String author, List<ActorSummary> actors, List<RelationView> relations) {}

  /**
   * A page of results: {@code next} is the opaque cursor of the following page (pass it back as
   * {@code cursor}), or null at the end.
   */
  public record Page<T>(List<T> items, String next) {}

  /** An actor in a network: {@code depth} is its distance in hops from the centre (0 for the centre). */
  public record NetworkNode(String id, String name, String kind, String code, String sector, int depth, long degree) {}

  /**
   * An edge of a network: the relations of one type from source to target aggregated over articles;
   * {@code relationId} names one of them (for its evidence). A {@code symmetric} type (met with,
   * agreed with) is one tie whichever way its edges point.
   */
  public record NetworkEdge(String id, String source, String target, String type, String plover, long articles,
      double confidence, String firstDate, String lastDate, String relationId, boolean symmetric) {}

  /** A network; {@code truncated} is true when the node or edge limit cut it. */
  public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, boolean truncated) {}

  /** One edge of a path, in its stored direction. */
  public record PathEdge(String id, String type, String source, String target, String date, String plover,
      Double confidence, String articleId, String title) {}

  /** One path: its actors in order and the edges between consecutive ones. */
  public record PathView(List<ActorRef> nodes, List<PathEdge> edges) {}

  /** A count of something named. */
  public record NamedCount(String name, long count) {}

  /** An actor with its number of event relations. */
  public record ConnectedActor(ActorRef actor, long relations) {}

  /** Graph statistics. */
  public record Stats(List<NamedCount> labels, List<NamedCount> relationshipTypes, List<ConnectedActor> mostConnected,
      List<NamedCount> eventsPerDay) {}
}
