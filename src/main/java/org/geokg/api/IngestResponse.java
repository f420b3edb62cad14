package org.geokg.api;

import java.util.List;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.RelationView;

/**
 * Answer to {@code POST /api/articles}: the stored article's id and what was found in it.
 * {@code unchanged} is true when the graph already held exactly this article; {@code duplicateOf}
 * names the stored article with the same text when this one was not stored for that reason.
 * {@code analysedChars} of the text's {@code textChars} were read for actors and events (null for a
 * duplicate, which was not analysed); {@code warning} says so when the whole text was stored but only
 * its start analysed.
 */
public record IngestResponse(
    String articleId, boolean unchanged, String duplicateOf, String url, String title, String publishedAt, String publisher,
    String author, List<ActorSummary> actors, List<RelationView> relations, Integer analysedChars, Integer textChars,
    String warning) {}
