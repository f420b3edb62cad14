package org.geokg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.article.Sha256;
import org.geokg.event.Relation;

/**
 * The Cypher parameters of an article's write, built from its typed {@link ArticleGraph} just before
 * Cypher runs: the one place where the write path turns values into maps.
 *
 * <p>{@link #of} builds the tree {@code write-article-graph} writes ({@code id}, {@code props},
 * {@code actors}, {@code relations}, {@code roles}, each edge with its {@link RelationId}) from the
 * graph the decisions were applied to. The tree is deterministic (sorted maps, actors in key order,
 * edges in the graph's order), and its {@link #fingerprint} is the SHA-256 of its text: the same
 * content always gives the same fingerprint, which is the one earlier versions stored, so an
 * unchanged re-ingest stays a no-op across upgrades. Immutable.
 */
final class WriteParameters {

  private final Map<String, Object> tree;
  private final String fingerprint;

  private WriteParameters(Map<String, Object> tree) {
    this.tree = tree;
    this.fingerprint = Sha256.hex(tree.toString());
  }

  /** The write of {@code decided}, an article's graph with the analysts' decisions applied. */
  static WriteParameters of(ArticleGraph decided) {
    Article a = decided.article();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", a.id());
    Map<String, Object> props = new TreeMap<>();
    props.put("url", a.url());
    props.put("title", a.title());
    props.put("publishedAt", a.publishedAt());
    props.put("publisher", a.publisher());
    props.put("author", a.author());
    props.put("language", a.language());
    props.put("text", a.text());
    props.put("bodyHash", a.bodyHash());
    p.put("props", props);

    List<Map<String, Object>> actors = new ArrayList<>();
    decided.actors().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Actor::key)))
        .forEach(e -> {
          Actor x = e.getKey();
          Map<String, Object> m = new TreeMap<>();
          m.put("key", x.key());
          m.put("name", x.name());
          m.put("kind", x.kind().name());
          m.put("label", x.kind().label());
          m.put("code", x.code());
          m.put("sector", x.sector());
          m.put("aliases", x.aliases().stream().sorted().toList());
          m.put("mentions", e.getValue());
          actors.add(m);
        });
    p.put("actors", actors);

    List<Map<String, Object>> relations = new ArrayList<>();
    for (Relation r : decided.relations()) {
      Map<String, Object> rp = new TreeMap<>();
      rp.put("id", decided.idOf(r).value());
      rp.put("plover", r.type().plover().name());
      rp.put("cameo", r.type().cameo());
      rp.put("symmetric", r.type().symmetric());
      // The ISO partial form and its span of days: the fingerprint's text and the stored values as before.
      rp.put("date", r.date() == null ? null : r.date().toString());
      rp.put("dateFrom", r.date() == null ? null : r.date().from());
      rp.put("dateTo", r.date() == null ? null : r.date().to());
      rp.put("place", r.place());
      rp.put("confidence", r.confidence());
      rp.put("negated", r.negated());
      rp.put("modality", r.modality().name());
      rp.put("attribution", r.attribution());
      rp.put("sentences", r.sentences());
      Map<String, Object> m = new TreeMap<>();
      m.put("type", r.type().name());
      m.put("source", r.sourceKey());
      m.put("target", r.targetKey());
      m.put("props", rp);
      relations.add(m);
    }
    p.put("relations", relations);

    List<Map<String, Object>> roles = new ArrayList<>();
    for (ArticleGraph.RoleEvidence ev : decided.roles()) {
      if (ev.target() == null) {
        continue; // neither principal nor post: no edge
      }
      Map<String, Object> rp = new TreeMap<>();
      rp.put("id", decided.idOf(ev).value());
      rp.put("postKey", ev.post());
      rp.put("observedAt", a.publishedAt());
      rp.put("sentence", ev.sentence());
      if (ev.role().source() != Role.Source.TEXT) {
        // A text role's source and (absent) span follow from the tree: added by write() alone, so that
        // the fingerprints of articles with text roles only stay those earlier versions stored.
        rp.put("source", ev.role().source().value());
        rp.put("from", ev.role().from());
        rp.put("to", ev.role().to());
      }
      Map<String, Object> m = new TreeMap<>();
      m.put("holder", ev.role().holderKey());
      m.put("target", ev.target());
      m.put("title", ev.role().title());
      m.put("props", rp);
      roles.add(m);
    }
    p.put("roles", roles);
    return new WriteParameters(p);
  }

  /**
   * The actors of the tree, each with the surname its kind and name give: added to the parameters
   * only, since it follows from the tree and must not change the fingerprint earlier versions stored.
   */
  private static List<Map<String, Object>> withSurnames(Object actors, Map<String, String> unresolved) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<?>) actors) {
      Map<String, Object> m = new TreeMap<>();
      ((Map<?, ?>) o).forEach((k, v) -> m.put((String) k, v));
      m.put("surname", ActorDecisions.surname(ActorKind.valueOf((String) m.get("kind")), (String) m.get("name"))
          .orElse(null));
      m.put("unresolvedReason", unresolved.get((String) m.get("key")));
      out.add(m);
    }
    return out;
  }

  /**
   * The roles of the tree, each with its {@code source}, {@code from} and {@code to}: a role the tree
   * gives no source of is read from the text ({@code text}) and has no span. Parameters only, as
   * surnames are.
   */
  private static List<Map<String, Object>> withRoleSources(Object roles) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<?>) roles) {
      Map<String, Object> m = new TreeMap<>();
      ((Map<?, ?>) o).forEach((k, v) -> m.put((String) k, v));
      Map<String, Object> props = new TreeMap<>();
      ((Map<?, ?>) m.get("props")).forEach((k, v) -> props.put((String) k, v));
      props.putIfAbsent("source", Role.Source.TEXT.value());
      props.putIfAbsent("from", null);
      props.putIfAbsent("to", null);
      m.put("props", props);
      out.add(m);
    }
    return out;
  }

  /** What identifies this write's content: equal for equal graphs, and stored as the article's {@code run}. */
  String fingerprint() {
    return fingerprint;
  }

  /**
   * The parameters of {@code write-article-graph} (and of {@code delete-stale}): the tree, each actor
   * with its {@code surname} ({@link ActorDecisions#surname}) and, for a one-word person name left
   * apart, its {@code unresolvedReason} ({@code unresolved}, by key; else null), each role with its {@code source} and
   * span, the fingerprint as {@code run}, and
   * those of {@code decisions-snapshot} that close it.
   */
  Map<String, Object> write(Collection<String> touched, Collection<String> splitKeys, Map<String, String> unresolved) {
    Map<String, Object> p = new LinkedHashMap<>(tree);
    p.put("actors", withSurnames(tree.get("actors"), unresolved));
    p.put("roles", withRoleSources(tree.get("roles")));
    p.put("run", fingerprint);
    p.putAll(decisionsSnapshot(touched, splitKeys));
    return p;
  }

  /**
   * The parameters of {@code article-read} for an article's graph as the pipeline produced it: the
   * article's id and body hash ({@code article-state}), and what {@code decisions-load} looks up:
   * its actors' keys, its one-word person names ("Musk") with their keys, and the surnames of its
   * people named in full.
   */
  static Map<String, Object> articleRead(ArticleGraph g) {
    List<Actor> actors = g.actors().keySet().stream().sorted(Comparator.comparing(Actor::key)).toList();
    List<Map<String, Object>> names = new ArrayList<>();
    for (Actor x : actors) {
      if (ActorDecisions.isLoneName(x)) {
        names.add(Map.of("key", x.key(), "name", x.name().strip()));
      }
    }
    Map<String, Object> p = new HashMap<>();
    p.put("id", g.article().id());
    p.put("bodyHash", g.article().bodyHash());
    p.put("keys", actors.stream().map(Actor::key).toList());
    p.put("names", names);
    p.put("surnames", ActorDecisions.surnamesByKey(actors).values().stream().distinct().sorted().toList());
    return p;
  }

  /** The parameters of {@code duplicate-of}: the article's id and body hash. */
  static Map<String, Object> duplicateOf(Article a) {
    return Map.of("id", a.id(), "bodyHash", a.bodyHash());
  }

  /** The parameters of {@code decisions-snapshot}: the keys whose merges and whose splits to read. */
  static Map<String, Object> decisionsSnapshot(Collection<String> touched, Collection<String> splitKeys) {
    return Map.of("touched", List.copyOf(touched), "splitKeys", List.copyOf(splitKeys));
  }

  /** The parameters of {@code surname-absorb}: people named in full, by key, with their surnames. */
  /** The parameters of {@code unresolved-set}: one-word person names left apart, by key, with why. */
  static Map<String, Object> unresolvedSet(Map<String, String> reasons) {
    List<Map<String, Object>> people = new ArrayList<>();
    reasons.forEach((key, reason) -> people.add(Map.of("key", key, "reason", reason)));
    return Map.of("people", people);
  }

  static Map<String, Object> surnameAbsorb(Map<String, String> surnamesByKey) {
    List<Map<String, Object>> people = new ArrayList<>();
    surnamesByKey.forEach((key, surname) -> people.add(Map.of("key", key, "surname", surname)));
    return Map.of("people", people);
  }
}
