package org.geokg.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Filters on event relations, shared by listings, networks, paths and exports; an empty list or a
 * null value means "no filter". Immutable.
 *
 * @param types relation types ({@code MET_WITH}, ...)
 * @param plovers PLOVER event types ({@code CONSULT}, ...)
 * @param actors actor keys, either end
 * @param countries ISO alpha-3 codes of either end
 * @param since relations not ending before this day
 * @param until relations not starting after this day
 * @param minConfidence lowest confidence kept
 * @param publisher only relations read from articles of this publisher
 * @param minArticles networks and aggregates: only (source, type, target) reported by this many articles
 */
public record RelationFilter(List<String> types, List<String> plovers, List<String> actors, List<String> countries,
    LocalDate since, LocalDate until, Double minConfidence, String publisher, int minArticles) {

  /** No filter at all. */
  public static final RelationFilter NONE = new RelationFilter(null, null, null, null, null, null, null, null, 1);

  public RelationFilter {
    types = copy(types);
    plovers = copy(plovers);
    actors = copy(actors);
    countries = copy(countries);
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    minArticles = Math.max(1, minArticles);
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since (" + since + ") is after until (" + until + ")");
    }
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
      throw new IllegalArgumentException("minConfidence must be between 0 and 1, got " + minConfidence);
    }
  }

  /** The same filter restricted to the given actors. */
  public RelationFilter withActors(List<String> keys) {
    return new RelationFilter(types, plovers, keys, countries, since, until, minConfidence, publisher, minArticles);
  }

  /** The Cypher parameters of {@code relation-filter.cypher} and {@code path-filter.cypher}. */
  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("types", types);
    p.put("plovers", plovers);
    p.put("actors", actors);
    p.put("countries", countries);
    p.put("since", since);
    p.put("until", until);
    p.put("minConfidence", minConfidence);
    p.put("publisher", publisher);
    p.put("minArticles", minArticles);
    return p;
  }

  private static List<String> copy(List<String> values) {
    return values == null || values.isEmpty() ? null : List.copyOf(values);
  }
}
