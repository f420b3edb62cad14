package org.geokg.graph;

import java.util.List;

/** The read models the graph answers with; plain immutable records, serialised by the API as JSON. */
public final class GraphViews {
  private GraphViews() {}

  /** An actor named in a relation or a role. */
  public record ActorRef(String id, String name, String kind) {}

  /** The article an edge was read from. */
  public record ArticleRef(String id, String url, String title, String publishedAt, String publisher) {}

  /** One event relation with its evidence. {@code sentence} is the first of {@code sentences}. */
  public record RelationView(
      String id, String type, String plover, String cameo, ActorRef source, ActorRef target, String date,
      String place, double confidence, boolean negated, String modality, String attribution, String sentence,
      List<String> sentences, ArticleRef article) {}

  /** A role an actor was seen holding, with the dates of the articles that show it. */
  public record RoleView(String title, ActorRef of, ActorRef at, String firstSeen, String lastSeen, int articles) {}

  /** Number of relations of one type. */
  public record TypeCount(String type, long count) {}

  /** An actor's profile. */
  public record ActorView(
      String id, String name, String kind, String code, String sector, List<String> aliases,
      List<RoleView> roles, List<TypeCount> relationCounts) {}

  /** An actor in a list. */
  public record ActorSummary(String id, String name, String kind, String code, String sector, List<String> aliases) {}

  /** An article with the actors it mentions. */
  public record ArticleView(String id, String url, String title, String publishedAt, String publisher,
      String author, List<ActorSummary> actors, List<RelationView> relations) {}

  /** A page of results: {@code next} is the offset of the following page, or null at the end. */
  public record Page<T>(List<T> items, Integer next) {}
}
