package org.geokg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ActorKey;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Analyst decisions on actors: merging a duplicate into the actor it duplicates, and splitting a
 * wrong alias off an actor. Each decision is one managed write transaction that moves the evidence
 * and records the decision in the graph ({@code :MergeDecision}, {@code :AliasSplit}), where the
 * {@link GraphWriter} consults it on every later ingestion; a refused decision changes nothing.
 *
 * <p>Thread-safe: each call opens its own session. Concurrent decisions and article writes on the
 * same actors serialise on the actors' write locks.
 */
// The schema (constraints, indexes) is applied before the first statement.
@DependsOn("graphSchema")
@Component
public class ActorCuration {

  private final Driver driver;

  ActorCuration(Driver driver) {
    this.driver = driver;
  }

  /** A stored actor as a decision sees it. */
  private record Stored(String key, String name, String kind, List<String> aliases) {}

  /**
   * Merges actor {@code other} into actor {@code id}: its relations, roles, mentions, name and
   * aliases move onto {@code id}, it is deleted, and re-ingesting any article that named it writes
   * onto {@code id}.
   *
   * @param by who decided (recorded with the decision), or null
   */
  public Curation merge(String id, String other, String by) {
    if (blank(id) || blank(other)) {
      return new Curation.Refused(Curation.Reason.INVALID, "give the id of the actor to merge as \"other\"");
    }
    if (id.equals(other)) {
      return new Curation.Refused(Curation.Reason.CONFLICT, "an actor cannot be merged with itself: " + id);
    }
    return GraphUnavailableException.translated(() -> mergeNow(id, other, by));
  }

  private Curation mergeNow(String id, String other, String by) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(tx -> {
        // Lock in key order: two opposite merges of the same pair cannot deadlock each other.
        String first = id.compareTo(other) < 0 ? id : other;
        String second = first.equals(id) ? other : id;
        Map<String, Optional<Stored>> found = new HashMap<>();
        found.put(first, stored(tx, first));
        found.put(second, stored(tx, second));
        for (String k : List.of(id, other)) {
          if (found.get(k).isEmpty()) {
            return new Curation.Refused(Curation.Reason.UNKNOWN_ACTOR, unknown(tx, k));
          }
        }
        return mergeInTransaction(tx, id, other, by(by));
      });
    }
  }

  /**
   * The moves and the record of a merge of {@code other} into {@code id}, both existing, in the
   * caller's transaction (also used by the writer's own resolution).
   */
  static Curation.Merged mergeInTransaction(TransactionContext tx, String id, String other, String by) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", other);
    p.put("into", id);
    p.put("articles", null);
    Record edges = moveEdges(tx, p);
    tx.run(Cypher.load("move-post-keys"), p).consume();
    long mentions = tx.run(Cypher.load("move-mentions"), p).single().get("moved").asLong();
    Record done = tx.run(Cypher.load("merge-record"), Map.of("id", id, "other", other, "by", by)).single();
    long roles = edges.get("roles").asLong();
    return new Curation.Merged(id, other, done.get("name").asString(), edges.get("moved").asLong() - roles, roles,
        edges.get("dropped").asLong(), mentions, done.get("aliases").asList(v -> v.asString()),
        done.get("decidedAt").asString());
  }

  /**
   * Moves the edges of actor {@code from} onto {@code into} ({@code move-edges}, parameters
   * {@code from}, {@code into}, {@code articles}) and gives each edge it created or combined the id of
   * its new identity; answers the counts {@code moved}, {@code roles}, {@code dropped}.
   */
  private static Record moveEdges(TransactionContext tx, Map<String, Object> p) {
    Record edges = tx.run(Cypher.load("move-edges"), p).single();
    RelationIds.assign(tx, edges.get("edges").asList(v -> v));
    return edges;
  }

  /**
   * Splits {@code alias} off actor {@code id}: the alias becomes (or joins) actor {@code into} (when
   * null, a new actor of {@code kind}, or of the actor's own kind, keyed by the alias), and the
   * mentions, relations and roles of every article that named {@code id} by the alias and by none of
   * its other names move there; later ingestions do the same and never give the alias back to
   * {@code id}.
   */
  public Curation split(String id, String alias, String into, String kind, String by) {
    if (blank(id) || blank(alias)) {
      return new Curation.Refused(Curation.Reason.INVALID, "give the \"alias\" to split off the actor");
    }
    String name = alias.strip();
    return GraphUnavailableException.translated(() -> splitNow(id, name, into, kind, by));
  }

  private Curation splitNow(String id, String name, String into, String kind, String by) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(tx -> {
        Optional<Stored> found = stored(tx, id);
        if (found.isEmpty()) {
          return new Curation.Refused(Curation.Reason.UNKNOWN_ACTOR, unknown(tx, id));
        }
        Stored a = found.get();
        if (name.equals(a.name())) {
          return new Curation.Refused(Curation.Reason.CONFLICT, "'" + name + "' is the name of " + id
              + ", not an alias; merge or rename instead");
        }
        if (!tx.run(Cypher.load("split-exists"), Map.of("from", id, "alias", name)).list().isEmpty()) {
          return new Curation.Refused(Curation.Reason.CONFLICT, "'" + name + "' was already split off " + id);
        }
        if (!a.aliases().contains(name)) {
          return new Curation.Refused(Curation.Reason.INVALID, id + " has no alias '" + name + "'; its aliases: "
              + a.aliases());
        }
        String target;
        ActorKind targetKind;
        String targetName; // the split-off actor's name, after the split (an existing one keeps its own)
        boolean created;
        if (!blank(into)) {
          Optional<Stored> b = stored(tx, into);
          if (b.isEmpty()) {
            return new Curation.Refused(Curation.Reason.UNKNOWN_ACTOR, unknown(tx, into));
          }
          target = into;
          targetKind = ActorKind.valueOf(b.get().kind());
          targetName = b.get().name();
          created = false;
        } else {
          Optional<ActorKind> k = kind(kind, a.kind());
          if (k.isEmpty()) {
            return new Curation.Refused(Curation.Reason.INVALID, "kind must be PERSON or ORGANIZATION"
                + " (a country is split into an existing actor: give \"into\")");
          }
          targetKind = k.get();
          if (ActorKey.slug(name).isEmpty()) {
            return new Curation.Refused(Curation.Reason.INVALID, "the alias has no letters or digits to key an actor by");
          }
          target = (targetKind == ActorKind.PERSON ? ActorKey.person(name) : ActorKey.organisation(name)).value();
          Optional<Stored> existing = stored(tx, target);
          created = existing.isEmpty();
          targetName = existing.map(Stored::name).orElse(name);
        }
        if (target.equals(id)) {
          return new Curation.Refused(Curation.Reason.CONFLICT, "the alias would be split into " + id + " itself");
        }
        Set<String> others = new LinkedHashSet<>(a.aliases());
        others.add(a.name());
        others.remove(name);
        others.removeAll(splitAliases(tx, id));
        AliasUse use = AliasUse.of(name, others);
        Map<String, Object> p = new HashMap<>();
        p.put("from", id);
        p.put("into", target);
        p.put("alias", name);
        p.put("kind", targetKind.name());
        p.put("label", targetKind.label());
        p.put("surname", ActorDecisions.surname(targetKind, targetName).orElse(null));
        p.put("by", by(by));
        p.put("aliasPattern", use.aliasPattern());
        p.put("othersPattern", use.othersPattern());
        tx.run(Cypher.load("split-target"), p).consume();
        List<String> articles = tx.run(Cypher.load("split-articles"), p).single().get("articles")
            .asList(v -> v.asString());
        p.put("articles", articles);
        Record edges = moveEdges(tx, p);
        tx.run(Cypher.load("move-post-keys"), p).consume();
        tx.run(Cypher.load("move-mentions"), p).consume();
        Record done = tx.run(Cypher.load("split-record"), p).single();
        long roles = edges.get("roles").asLong();
        return new Curation.Split(id, name, target, created, articles, edges.get("moved").asLong() - roles, roles,
            done.get("revoked").asBoolean(), done.get("decidedAt").asString());
      });
    }
  }

  /** The decisions recorded about actor {@code id}, or empty when there is no such actor. */
  public Optional<Curation.Decisions> decisions(String id) {
    return GraphUnavailableException.translated(() -> decisionsNow(id));
  }

  private Optional<Curation.Decisions> decisionsNow(String id) {
    try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
      return session.executeRead(tx -> {
        List<Record> rows = tx.run(Cypher.load("actor-decisions"), Map.of("key", id)).list();
        if (rows.isEmpty()) {
          return Optional.empty();
        }
        Record r = rows.get(0);
        return Optional.of(new Curation.Decisions(id,
            r.get("merged").asList(v -> new Curation.MergedIn(text(v, "from"), text(v, "name"), text(v, "kind"),
                text(v, "decidedAt"), text(v, "decidedBy"))),
            r.get("splitOff").asList(v -> new Curation.SplitOff(text(v, "alias"), text(v, "into"),
                text(v, "decidedAt"), text(v, "decidedBy"))),
            r.get("splitInto").asList(v -> new Curation.SplitIn(text(v, "from"), text(v, "alias"),
                text(v, "decidedAt"), text(v, "decidedBy")))));
      });
    }
  }

  /** A text field of a map value, null when absent. */
  private static String text(Value map, String field) {
    Value v = map.get(field);
    return v.isNull() ? null : v.asString();
  }

  private static Optional<ActorKind> kind(String requested, String actorKind) {
    String k = blank(requested) ? actorKind : requested.strip().toUpperCase(Locale.ROOT);
    return switch (k) {
      case "PERSON" -> Optional.of(ActorKind.PERSON);
      case "ORGANIZATION", "ORGANISATION" -> Optional.of(ActorKind.ORGANIZATION);
      default -> Optional.empty();
    };
  }

  private static Optional<Stored> stored(TransactionContext tx, String key) {
    List<Record> rows = tx.run(Cypher.load("curation-actor"), Map.of("key", key)).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Record r = rows.get(0);
    return Optional.of(new Stored(r.get("key").asString(), r.get("name").asString(), r.get("kind").asString(),
        r.get("aliases").asList(v -> v.asString())));
  }

  private static List<String> splitAliases(TransactionContext tx, String key) {
    List<String> out = new ArrayList<>();
    tx.run(Cypher.load("decisions-splits"), Map.of("keys", List.of(key)))
        .forEachRemaining(r -> out.add(r.get("alias").asString()));
    return out;
  }

  /** "No actor": with where it went when an analyst merged it away. */
  private static String unknown(TransactionContext tx, String key) {
    List<Record> merged = tx.run(Cypher.load("decisions-merges"), Map.of("keys", List.of(key))).list();
    return merged.isEmpty() ? "no actor with id " + key
        : "no actor with id " + key + "; it was merged into " + merged.get(0).get("into").asString();
  }

  private static String by(String by) {
    return blank(by) ? "anonymous" : by;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
