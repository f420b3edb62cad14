package org.geokg.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.geokg.graph.GraphViews.ActorRef;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.AggregateRelation;
import org.geokg.graph.GraphViews.ArticleRef;
import org.geokg.graph.GraphViews.ArticleView;
import org.geokg.graph.GraphViews.ConnectedActor;
import org.geokg.graph.GraphViews.Counterpart;
import org.geokg.graph.GraphViews.Evidence;
import org.geokg.graph.GraphViews.NamedCount;
import org.geokg.graph.GraphViews.Network;
import org.geokg.graph.GraphViews.NetworkEdge;
import org.geokg.graph.GraphViews.NetworkNode;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.PathEdge;
import org.geokg.graph.GraphViews.PathView;
import org.geokg.graph.GraphViews.RelationView;
import org.geokg.graph.GraphViews.RoleView;
import org.geokg.graph.GraphViews.Stats;
import org.geokg.graph.GraphViews.TypeCount;
import org.geokg.event.RelationType;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Read queries over the graph, each in a managed read transaction. Every list is bounded by a limit
 * of at most {@link #MAX_LIMIT} (networks: {@link #MAX_NETWORK_NODES} nodes and
 * {@link #MAX_NETWORK_EDGES} edges); listings page by keyset with an opaque cursor.
 *
 * <p>Thread-safe: each call opens its own session on the shared driver.
 */
// The schema (constraints, indexes) is applied before the first statement.
@DependsOn("graphSchema")
@Component
public class GraphQueries {

  /** Largest page any listing returns. */
  public static final int MAX_LIMIT = 500;
  public static final int MAX_NETWORK_NODES = 2000;
  public static final int MAX_NETWORK_EDGES = 10000;
  public static final int MAX_HOPS = 6;
  private static final int EVIDENCE_TEXT_CHARS = 20_000;
  private static final List<String> EVENT_TYPES =
      Arrays.stream(RelationType.values()).map(Enum::name).toList();
  private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

  private final Driver driver;

  GraphQueries(Driver driver) {
    this.driver = driver;
  }

  /**
   * Actors whose name or an alias matches {@code q} (every word, as a prefix or with one typo;
   * accents and case ignored by the index), best first, or all actors by name when {@code q} is
   * blank; filtered by kind, code and sector, each filter may be null. Cursor-paged by position in
   * that order.
   */
  public Page<ActorSummary> searchActors(String q, String kind, String code, String sector, String cursor, int limit) {
    int skip = Cursor.offsetOf(cursor);
    int l = clamp(limit);
    Map<String, Object> p = new HashMap<>();
    p.put("kind", kind);
    p.put("code", code);
    p.put("sector", sector);
    p.put("skip", skip);
    p.put("limit", l + 1); // one more than a page: whether there is a next one
    List<ActorSummary> rows;
    if (q == null || q.isBlank()) {
      rows = read("list-actors", p, r -> summary(r.get("actor")));
    } else {
      List<String> terms = new ArrayList<>();
      for (String w : q.strip().split("[\\s.]+")) {
        if (!w.isBlank()) {
          String e = LUCENE_SPECIAL.matcher(w).replaceAll("\\\\$1");
          terms.add(w.length() > 3 ? "(" + e + "* OR " + e + "~1)" : "(" + e + "*)");
        }
      }
      if (terms.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      p.put("query", String.join(" AND ", terms));
      rows = read("search-actors", p, r -> summary(r.get("actor")));
    }
    return rows.size() > l ? new Page<>(rows.subList(0, l), Cursor.offset(skip + l)) : new Page<>(rows, null);
  }

  public Optional<ActorView> actor(String key) {
    return readTx(tx -> {
      List<Record> rows = tx.run(Cypher.load("actor"), Map.of("key", key)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      Record r = rows.get(0);
      Value a = r.get("actor");
      List<RoleView> roles = roles(r.get("roles").asList(v -> v));
      List<TypeCount> counts = new ArrayList<>(r.get("relationCounts")
          .asList(v -> new TypeCount(v.get("type").asString(), v.get("count").asLong())));
      counts.sort(Comparator.comparingLong(TypeCount::count).reversed().thenComparing(TypeCount::type));
      List<Counterpart> counterparts = tx.run(Cypher.load("actor-counterparts"), Map.of("key", key, "limit", 10))
          .list(c -> new Counterpart(ref(c.get("actor")), c.get("relations").asLong(),
              c.get("types").asList(Value::asString)));
      return Optional.of(new ActorView(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
          a.get("code").asString(null), a.get("sector").asString(null), strings(a.get("aliases")), roles, counts,
          counterparts, a.get("unresolvedReason").asString(null)));
    });
  }

  /**
   * Roles grouped by title, principal, post, source and span, with first and last dates seen, oldest
   * first.
   */
  private static List<RoleView> roles(List<Value> rows) {
    record Group(String title, ActorRef of, ActorRef at, String source, String from, String to) {}
    Map<Group, String[]> seenDates = new LinkedHashMap<>();
    Map<Group, Integer> articles = new HashMap<>();
    for (Value v : rows) {
      Group g = new Group(v.get("title").asString(), ref(v.get("of")), v.get("at").isNull() ? null : ref(v.get("at")),
          v.get("source").asString(), date(v.get("from")), date(v.get("to")));
      String seen = date(v.get("firstSeen"));
      String[] span = seenDates.computeIfAbsent(g, k -> new String[] {seen, seen});
      if (seen != null && (span[0] == null || seen.compareTo(span[0]) < 0)) {
        span[0] = seen;
      }
      if (seen != null && (span[1] == null || seen.compareTo(span[1]) > 0)) {
        span[1] = seen;
      }
      articles.merge(g, 1, Integer::sum);
    }
    List<RoleView> out = new ArrayList<>();
    seenDates.forEach((g, span) -> out.add(
        new RoleView(g.title(), g.of(), g.at(), g.source(), g.from(), g.to(), span[0], span[1], articles.get(g))));
    out.sort(Comparator.comparing(RoleView::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  /** A stored date as ISO text, or null. */
  private static String date(Value v) {
    return v.isNull() ? null : v.asLocalDate().toString();
  }

  public boolean actorExists(String key) {
    return !read("actor-exists", Map.of("key", key), r -> r).isEmpty();
  }

  /** Relations matching the filter, newest first, one page after {@code cursor} (null: the first). */
  public Page<RelationView> relations(RelationFilter filter, String cursor, int limit) {
    String statement = filter.actors() == null ? "relations" : "relations-of-actors";
    return keysetPage(statement, filter, cursor, limit, r -> relation(r.get("relation")));
  }

  /** An actor's relations matching the filter, oldest first: its timeline. */
  public Page<RelationView> timeline(String key, RelationFilter filter, String cursor, int limit) {
    Map<String, Object> extra = Map.of("key", key);
    return keysetPage("actor-timeline", filter, cursor, limit, r -> relation(r.get("relation")), extra);
  }

  /** Relations matching the filter grouped by (source, type, target, date) across articles. */
  public Page<AggregateRelation> aggregatedRelations(RelationFilter filter, String cursor, int limit) {
    return keysetPage("relations-aggregate", filter, cursor, limit, r -> aggregate(r.get("relation")));
  }

  private <T> Page<T> keysetPage(String statement, RelationFilter filter, String cursor, int limit,
      Function<Record, T> map) {
    return keysetPage(statement, filter, cursor, limit, map, Map.of());
  }

  private <T> Page<T> keysetPage(String statement, RelationFilter filter, String cursor, int limit,
      Function<Record, T> map, Map<String, Object> extra) {
    Cursor after = Cursor.decode(cursor);
    int l = clamp(limit);
    Map<String, Object> p = filter.parameters();
    p.putAll(extra);
    p.put("afterDay", after == null ? null : after.day());
    p.put("afterId", after == null ? null : after.id());
    p.put("limit", l + 1); // one more than asked tells whether a next page exists
    List<Record> rows = read(statement, p, r -> r);
    if (rows.size() <= l) {
      return new Page<>(rows.stream().map(map).toList(), null);
    }
    Record last = rows.get(l - 1);
    String next = new Cursor(last.get("day").asLocalDate(), last.get("id").asString()).encode();
    return new Page<>(rows.subList(0, l).stream().map(map).toList(), next);
  }

  /**
   * One event relation with its evidence, by its stable id ({@link RelationId}); empty for an id no
   * event relation has.
   */
  public Optional<Evidence> evidence(String relationId) {
    if (!RelationId.isWellFormed(relationId)) {
      return Optional.empty();
    }
    return read("relation-evidence", Map.of("id", relationId, "types", EVENT_TYPES, "textChars", EVIDENCE_TEXT_CHARS),
        r -> new Evidence(relation(r.get("relation")), r.get("author").asString(null), r.get("text").asString(null),
            r.get("textTruncated").asBoolean(false)))
        .stream().findFirst();
  }

  public Optional<ArticleView> article(String id) {
    return readTx(tx -> {
      List<Record> rows = tx.run(Cypher.load("article-summary"), Map.of("id", id)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      Value a = rows.get(0).get("article");
      List<ActorSummary> actors = rows.get(0).get("actors").asList(GraphQueries::summary);
      List<RelationView> relations = tx.run(Cypher.load("article-relations"), Map.of("id", id, "limit", MAX_LIMIT))
          .list(r -> relation(r.get("relation")));
      return Optional.of(new ArticleView(a.get("id").asString(), a.get("url").asString(null),
          a.get("title").asString(null), dateString(a.get("publishedAt")), a.get("publisher").asString(null),
          a.get("author").asString(null), actors, relations));
    });
  }

  /**
   * The ego network of an actor: the actors within {@code depth} hops through relations that pass
   * the filter, ring by ring, strongest ties first, until {@code maxNodes}; then the aggregated edges
   * among them, strongest first, until {@code maxEdges}. Empty when the actor does not exist.
   */
  public Optional<Network> egoNetwork(String key, int depth, RelationFilter filter, int maxNodes, int maxEdges) {
    if (depth < 1 || depth > 3) {
      throw new IllegalArgumentException("depth must be 1, 2 or 3, got " + depth);
    }
    int nodeLimit = Math.max(1, Math.min(MAX_NETWORK_NODES, maxNodes));
    int edgeLimit = Math.max(0, Math.min(MAX_NETWORK_EDGES, maxEdges));
    return readTx(tx -> {
      List<Record> centre = tx.run(Cypher.load("actor-exists"), Map.of("key", key)).list();
      if (centre.isEmpty()) {
        return Optional.<Network>empty();
      }
      // Rings are tracked by element id (no property reads in the expansion), in insertion order.
      Map<String, Integer> depthOf = new LinkedHashMap<>();
      depthOf.put(centre.get(0).get("id").asString(), 0);
      List<String> frontier = List.copyOf(depthOf.keySet());
      boolean truncated = false;
      for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
        // Each ring gets an equal share of the room left, so that a hub's first ring does not take
        // the whole budget and the outer rings still show.
        int left = nodeLimit - depthOf.size();
        int room = Math.max(Math.min(left, 1), left / (depth - d + 1));
        if (room <= 0) {
          truncated = true;
          break;
        }
        Map<String, Object> p = filter.parameters();
        p.put("frontier", frontier);
        p.put("seen", List.copyOf(depthOf.keySet()));
        p.put("limit", room + 1);
        String ringStatement = filter.minArticles() > 1 ? "network-ring-corroborated" : "network-ring";
        List<String> ring = tx.run(Cypher.load(ringStatement), p).list(r -> r.get("id").asString());
        if (ring.size() > room) {
          ring = ring.subList(0, room);
          truncated = true;
        }
        for (String id : ring) {
          depthOf.put(id, d);
        }
        frontier = ring;
      }
      List<String> ids = List.copyOf(depthOf.keySet());
      Map<String, Integer> order = new HashMap<>();
      ids.forEach(id -> order.put(id, order.size()));
      Map<String, Integer> orderByKey = new HashMap<>();
      List<NetworkNode> nodes = new ArrayList<>(tx.run(Cypher.load("network-nodes"), Map.of("ids", ids)).list(r -> {
        Value a = r.get("actor");
        String id = r.get("id").asString();
        orderByKey.put(a.get("key").asString(), order.get(id));
        return new NetworkNode(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
            a.get("code").asString(null), a.get("sector").asString(null), depthOf.get(id), r.get("degree").asLong());
      }));
      nodes.sort(Comparator.comparingInt((NetworkNode n) -> orderByKey.get(n.id())));
      Map<String, Object> p = filter.parameters();
      p.put("ids", ids);
      p.put("limit", edgeLimit + 1);
      List<NetworkEdge> edges = new ArrayList<>(tx.run(Cypher.load("network-edges"), p).list(r -> {
        String s = r.get("source").asString();
        String t = r.get("target").asString();
        String type = r.get("type").asString();
        return new NetworkEdge(s + "|" + type + "|" + t, s, t, type, RelationType.parse(type).map(x -> x.plover().name()).orElse(null),
            r.get("articles").asLong(), r.get("confidence").asDouble(0), dateString(r.get("firstDate")),
            dateString(r.get("lastDate")), r.get("relationId").asString(), r.get("symmetric").asBoolean(false));
      }));
      if (edges.size() > edgeLimit) {
        edges = edges.subList(0, edgeLimit);
        truncated = true;
      }
      return Optional.of(new Network(List.copyOf(nodes), List.copyOf(edges), truncated));
    });
  }

  /**
   * Shortest paths between two actors, at most {@code maxHops} hops, through relations that pass
   * the filter (roles included when {@code roles}); all shortest ones when {@code all}, at most
   * {@code limit}. Empty list when none exists within the bound.
   */
  public List<PathView> paths(String from, String to, int maxHops, boolean all, boolean roles, RelationFilter filter,
      int limit) {
    if (maxHops < 1 || maxHops > MAX_HOPS) {
      throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", got " + maxHops);
    }
    // Hop bounds cannot be parameters in Cypher; both substitutions are validated values, not input text.
    String statement = Cypher.load("paths").replace("__MODE__", all ? "ALL SHORTEST" : "SHORTEST 1")
        .replace("__HOPS__", Integer.toString(maxHops));
    Map<String, Object> p = filter.parameters();
    p.put("from", from);
    p.put("to", to);
    p.put("roles", roles);
    p.put("limit", all ? clamp(limit) : 1);
    return readTx(tx -> tx.run(statement, p).list(r -> new PathView(
        r.get("nodes").asList(GraphQueries::ref),
        r.get("edges").asList(e -> new PathEdge(e.get("id").asString(), e.get("type").asString(),
            e.get("source").asString(), e.get("target").asString(), e.get("date").asString(null),
            e.get("plover").asString(null), e.get("confidence").isNull() ? null : e.get("confidence").asDouble(),
            e.get("articleId").asString(null), e.get("title").asString(null))))));
  }

  /** Counts by label and type, the most connected actors, events per day (latest {@code days}). */
  public Stats stats(int top, int days) {
    return readTx(tx -> new Stats(
        tx.run(Cypher.load("stats-labels")).list(r -> new NamedCount(r.get("label").asString(), r.get("count").asLong())),
        tx.run(Cypher.load("stats-types")).list(r -> new NamedCount(r.get("type").asString(), r.get("count").asLong())),
        tx.run(Cypher.load("stats-connected"), Map.of("limit", clamp(top)))
            .list(r -> new ConnectedActor(ref(r.get("actor")), r.get("relations").asLong())),
        tx.run(Cypher.load("stats-days"), Map.of("limit", Math.max(1, Math.min(3660, days))))
            .list(r -> new NamedCount(r.get("day").asLocalDate().toString(), r.get("events").asLong()))));
  }

  private <T> List<T> read(String statement, Map<String, Object> params, Function<Record, T> map) {
    return readTx(tx -> tx.run(Cypher.load(statement), params).list(map::apply));
  }

  private <T> T readTx(Function<TransactionContext, T> work) {
    return GraphUnavailableException.translated(() -> {
      try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
        return session.executeRead(work::apply);
      }
    });
  }

  static int clamp(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  static ActorSummary summary(Value a) {
    return new ActorSummary(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
        a.get("code").asString(null), a.get("sector").asString(null), strings(a.get("aliases")));
  }

  static ActorRef ref(Value a) {
    return new ActorRef(a.get("key").asString(), a.get("name").asString(), a.get("kind").asString(),
        a.get("code").asString(null));
  }

  private static ArticleRef articleRef(Value art) {
    return art == null || art.isNull() ? null : new ArticleRef(art.get("id").asString(), art.get("url").asString(null),
        art.get("title").asString(null), dateString(art.get("publishedAt")), art.get("publisher").asString(null));
  }

  static RelationView relation(Value r) {
    List<String> sentences = strings(r.get("sentences"));
    return new RelationView(r.get("id").asString(), r.get("type").asString(), r.get("plover").asString(null),
        r.get("cameo").asString(null), ref(r.get("source")), ref(r.get("target")), r.get("date").asString(null),
        r.get("place").asString(null), r.get("confidence").asDouble(0), r.get("negated").asBoolean(false),
        r.get("modality").asString(null), r.get("attribution").asString(null),
        sentences.isEmpty() ? null : sentences.get(0), sentences, articleRef(r.get("article")));
  }

  private static AggregateRelation aggregate(Value r) {
    return new AggregateRelation(r.get("id").asString(), r.get("type").asString(), r.get("plover").asString(null),
        r.get("cameo").asString(null), ref(r.get("source")), ref(r.get("target")), r.get("date").asString(null),
        r.get("articles").asLong(), r.get("publishers").asLong(), r.get("confidence").asDouble(0),
        r.get("sentence").asString(null), r.get("articleRefs").asList(GraphQueries::articleRef));
  }

  private static List<String> strings(Value v) {
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }

  static String dateString(Value v) {
    return v == null || v.isNull() ? null : v.asLocalDate().toString();
  }
}
