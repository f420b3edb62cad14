package org.geokg.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geokg.graph.GraphViews.ActorRef;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.ArticleRef;
import org.geokg.graph.GraphViews.ArticleView;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.RelationView;
import org.geokg.graph.GraphViews.RoleView;
import org.geokg.graph.GraphViews.TypeCount;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Read queries over the graph, each in a managed read transaction. Every list is bounded by a limit.
 *
 * <p>Thread-safe: each call opens its own session on the shared driver.
 */
@Component
public class GraphQueries {

  /** Largest page any query returns. */
  public static final int MAX_LIMIT = 500;
  private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

  private final Driver driver;

  GraphQueries(Driver driver, GraphSchema schema) {
    this.driver = driver;
  }

  /** Actors whose name or an alias matches {@code q}: every word, as a prefix or with one typo. */
  public List<ActorSummary> searchActors(String q, int limit) {
    List<String> terms = new ArrayList<>();
    for (String w : q.strip().split("[\\s.]+")) {
      if (!w.isBlank()) {
        String e = LUCENE_SPECIAL.matcher(w).replaceAll("\\\\$1");
        terms.add(w.length() > 3 ? "(" + e + "* OR " + e + "~1)" : "(" + e + "*)");
      }
    }
    if (terms.isEmpty()) {
      return List.of();
    }
    String query = String.join(" AND ", terms);
    return read("search-actors", Map.of("query", query, "limit", clamp(limit)),
        r -> summary(r.get("actor")));
  }

  public Optional<ActorView> actor(String key) {
    List<ActorView> found = read("actor", Map.of("key", key), r -> {
      Value a = r.get("actor");
      List<RoleView> roles = roles(r.get("roles").asList(v -> v));
      List<TypeCount> counts = new ArrayList<>(r.get("relationCounts")
          .asList(v -> new TypeCount(v.get("type").asString(), v.get("count").asLong())));
      counts.sort(Comparator.comparingLong(TypeCount::count).reversed().thenComparing(TypeCount::type));
      return new ActorView(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
          a.get("code").asString(null), a.get("sector").asString(null), strings(a.get("aliases")), roles, counts);
    });
    return found.stream().findFirst();
  }

  /** Roles grouped by title, principal and post, with first and last dates seen. */
  private static List<RoleView> roles(List<Value> rows) {
    Map<String, Object[]> grouped = new LinkedHashMap<>();
    for (Value v : rows) {
      ActorRef of = ref(v.get("of"));
      ActorRef at = v.get("at").isNull() ? null : ref(v.get("at"));
      String seen = v.get("firstSeen").isNull() ? null : v.get("firstSeen").asLocalDate().toString();
      String key = v.get("title").asString() + "|" + of.id() + "|" + (at == null ? "" : at.id());
      Object[] g = grouped.computeIfAbsent(key, k -> new Object[] {v.get("title").asString(), of, at, seen, seen, 0});
      if (seen != null && (g[3] == null || seen.compareTo((String) g[3]) < 0)) {
        g[3] = seen;
      }
      if (seen != null && (g[4] == null || seen.compareTo((String) g[4]) > 0)) {
        g[4] = seen;
      }
      g[5] = (Integer) g[5] + 1;
    }
    List<RoleView> out = new ArrayList<>();
    for (Object[] g : grouped.values()) {
      out.add(new RoleView((String) g[0], (ActorRef) g[1], (ActorRef) g[2], (String) g[3], (String) g[4], (Integer) g[5]));
    }
    return out;
  }

  public boolean actorExists(String key) {
    return !read("actor", Map.of("key", key), r -> r).isEmpty();
  }

  public Page<RelationView> actorRelations(String key, Collection<String> types, int offset, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("key", key);
    p.put("types", types == null || types.isEmpty() ? null : List.copyOf(types));
    p.put("skip", Math.max(0, offset));
    p.put("limit", clamp(limit) + 1);
    return page(read("actor-relations", p, r -> relation(r.get("relation"))), offset, limit);
  }

  /** Relations matching every given filter (null means no filter). */
  public Page<RelationView> relations(Collection<String> types, String actor, LocalDate since, LocalDate until,
      int offset, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("types", types == null || types.isEmpty() ? null : List.copyOf(types));
    p.put("actor", actor);
    p.put("articleId", null);
    p.put("since", since);
    p.put("until", until);
    p.put("skip", Math.max(0, offset));
    p.put("limit", clamp(limit) + 1);
    return page(read("relations", p, r -> relation(r.get("relation"))), offset, limit);
  }

  public Optional<ArticleView> article(String id) {
    List<Record> rows = read("article-summary", Map.of("id", id), r -> r);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Value a = rows.get(0).get("article");
    List<ActorSummary> actors = rows.get(0).get("actors").asList(GraphQueries::summary);
    List<RelationView> relations = read("article-relations", Map.of("id", id), r -> relation(r.get("relation")));
    return Optional.of(new ArticleView(a.get("id").asString(), a.get("url").asString(null),
        a.get("title").asString(null), dateString(a.get("publishedAt")), a.get("publisher").asString(null),
        a.get("author").asString(null), actors, relations));
  }

  private <T> List<T> read(String statement, Map<String, Object> params, java.util.function.Function<Record, T> map) {
    try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
      return session.executeRead(tx -> tx.run(Cypher.load(statement), params).list(map::apply));
    }
  }

  private static <T> Page<T> page(List<T> rows, int offset, int limit) {
    int l = clamp(limit);
    if (rows.size() > l) {
      return new Page<>(List.copyOf(rows.subList(0, l)), Math.max(0, offset) + l);
    }
    return new Page<>(List.copyOf(rows), null);
  }

  private static int clamp(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  private static ActorSummary summary(Value a) {
    return new ActorSummary(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
        a.get("code").asString(null), a.get("sector").asString(null), strings(a.get("aliases")));
  }

  private static ActorRef ref(Value a) {
    return new ActorRef(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString());
  }

  private static RelationView relation(Value r) {
    List<String> sentences = strings(r.get("sentences"));
    Value art = r.get("article");
    ArticleRef article = art.isNull() ? null : new ArticleRef(art.get("id").asString(), art.get("url").asString(null),
        art.get("title").asString(null), dateString(art.get("publishedAt")), art.get("publisher").asString(null));
    return new RelationView(r.get("id").asString(), r.get("type").asString(), r.get("plover").asString(null),
        r.get("cameo").asString(null), ref(r.get("source")), ref(r.get("target")), r.get("date").asString(null),
        r.get("place").asString(null), r.get("confidence").asDouble(0), r.get("negated").asBoolean(false),
        r.get("modality").asString(null), r.get("attribution").asString(null), sentences.isEmpty() ? null : sentences.get(0), sentences, article);
  }

  private static List<String> strings(Value v) {
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }

  private static String dateString(Value v) {
    return v == null || v.isNull() ? null : v.asLocalDate().toString();
  }
}
