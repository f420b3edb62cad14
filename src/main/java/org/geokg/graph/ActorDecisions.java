package org.geokg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.event.Relation;

/**
 * What the graph already knows about the actors of one article, applied to the article's graph
 * before it is written ({@link #apply}):
 *
 * <ol>
 *   <li>analyst merges: a merged-away key writes onto the actor it was merged into, so re-ingesting
 *       never recreates it;
 *   <li>lone surnames: a one-word person name ("Musk") with no merge decision writes onto the one
 *       person of the graph with that surname ("Elon Musk"); with several such people, or none, it
 *       stays its own actor;
 *   <li>analyst alias splits: an article that names an actor by a split-off alias and by none of its
 *       other names ({@link AliasUse}) writes that actor's mentions, relations and roles onto the
 *       actor the alias was split into; split aliases are never added back to the actor.
 * </ol>
 *
 * <p>Relations and roles that end up joining an actor to itself are dropped; two that become the
 * same edge (the same {@link RelationId}) are combined. The writer reads the decisions inside its
 * transaction ({@link LoadedDecisions}). Immutable and thread-safe.
 *
 * @param merges analyst merges of the article's keys: merged-away key to the key it joined
 * @param surnames lone-surname resolutions: key of a one-word person name to the one person with that
 *     surname; never a key that {@code merges} maps (an analyst's merge wins)
 * @param splits the alias splits of every key the article may write to, in the order they are tried
 * @param storedNames for each actor an alias was split off, its stored name and aliases: the names
 *     that keep an article on it
 * @param unresolved the one-word person names the surname rule leaves apart, key to why
 *     ({@link #unresolvedReason}); never a key that {@code merges} or {@code surnames} maps
 */
record ActorDecisions(Map<String, String> merges, Map<String, String> surnames, List<Split> splits,
    Map<String, Set<String>> storedNames, Map<String, String> unresolved) {

  /** No decisions: {@link #apply} changes nothing but combining what the article says twice. */
  static final ActorDecisions NONE = new ActorDecisions(Map.of(), Map.of(), List.of(), Map.of());

  /** Decisions that leave no lone name apart with a reason. */
  ActorDecisions(Map<String, String> merges, Map<String, String> surnames, List<Split> splits,
      Map<String, Set<String>> storedNames) {
    this(merges, surnames, splits, storedNames, Map.of());
  }

  ActorDecisions {
    merges = Map.copyOf(merges);
    surnames = Map.copyOf(surnames);
    unresolved = Map.copyOf(unresolved);
    for (String key : unresolved.keySet()) {
      if (merges.containsKey(key) || surnames.containsKey(key)) {
        throw new IllegalArgumentException("a key left apart is neither merged nor resolved: " + key);
      }
    }
    splits = List.copyOf(splits);
    Map<String, Set<String>> names = new HashMap<>();
    storedNames.forEach((key, n) -> names.put(key, Set.copyOf(n)));
    storedNames = Map.copyOf(names);
    for (String key : surnames.keySet()) {
      if (merges.containsKey(key)) {
        throw new IllegalArgumentException("a key is merged or resolved by its surname, not both: " + key);
      }
    }
  }

  /** An analyst's merge of actor {@code from} into actor {@code into}. */
  record Merge(String from, String into) {
    Merge {
      requireKey(from);
      requireKey(into);
    }
  }

  /** An analyst's decision that {@code alias} of actor {@code from} names actor {@code into}. */
  record Split(String from, String alias, String into) {
    Split {
      requireKey(from);
      requireKey(alias);
      requireKey(into);
    }
  }

  /**
   * {@code g} as written under these decisions: every actor, relation and role on the key the
   * decisions give it, one actor per key (the names of remapped actors become aliases of their
   * target, their mentions add up), self-loops dropped and edges that became one combined. An actor
   * keeps the name this article gives it: the graph takes it only for an actor it does not hold yet.
   */
  ArticleGraph apply(ArticleGraph g) {
    Remap remap = remap(g);
    // Actors in key order: where several become one, the first gives name and kind.
    Map<String, Actor> byKey = new LinkedHashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (Actor a : inKeyOrder(g)) {
      String key = remap.finalKey(a.key());
      Split split = remap.splitOf(a.key());
      Set<String> aliases = new LinkedHashSet<>();
      String name = a.name();
      ActorKind kind = a.kind();
      String code = a.code();
      String sector = a.sector();
      if (split != null) {
        // The article means the actor the alias names, of which it knows nothing but the alias.
        name = split.alias();
        code = null;
        sector = null;
        aliases.add(split.alias());
      } else {
        if (!key.equals(a.key())) {
          aliases.add(a.name());
        }
        aliases.addAll(a.aliases());
      }
      Actor known = byKey.get(key);
      if (known != null) {
        aliases.addAll(known.aliases());
        name = known.name();
        kind = known.kind();
        code = known.code() != null ? known.code() : code;
        sector = known.sector() != null ? known.sector() : sector;
      }
      for (Split s : splitsOf(key)) {
        aliases.remove(s.alias());
      }
      byKey.put(key, new Actor(key, name, kind, code, sector, aliases));
      mentions.merge(key, g.actors().get(a), Integer::sum);
    }
    Map<Actor, Integer> actors = new LinkedHashMap<>();
    byKey.forEach((key, a) -> actors.put(a, mentions.get(key)));
    return new ArticleGraph(g.article(), actors, relations(g, remap), roles(g, remap));
  }

  /**
   * Every key that writing {@code g} under these decisions reads or writes: its actors' own keys and
   * every key a merge, a surname or a split sends them to. A decision about any of them recorded
   * while the article is written would change what it writes.
   */
  Set<String> touched(ArticleGraph g) {
    Remap remap = remap(g);
    Set<String> keys = new TreeSet<>();
    for (Actor a : g.actors().keySet()) {
      keys.add(a.key());
      keys.add(remap.target().get(a.key()));
      keys.add(remap.finalKey(a.key()));
    }
    return keys;
  }

  /**
   * Where each actor of an article goes: first by merge or surname ({@code target}), then, per
   * resulting actor and over the whole article, by the first of its alias splits the article uses
   * the alias of ({@code applied}, by target key).
   */
  private record Remap(Map<String, String> target, Map<String, Split> applied) {
    /** Where the article's actor {@code key} is written; a key it does not mention stays as it is. */
    String finalKey(String key) {
      Split s = splitOf(key);
      return s != null ? s.into() : target.getOrDefault(key, key);
    }

    /** The split that moves the article's actor {@code key}, or null. */
    Split splitOf(String key) {
      return target.containsKey(key) ? applied.get(target.get(key)) : null;
    }
  }

  private Remap remap(ArticleGraph g) {
    List<Actor> actors = inKeyOrder(g);
    Map<String, String> target = new LinkedHashMap<>();
    for (Actor a : actors) {
      target.put(a.key(), merges.getOrDefault(a.key(), surnames.getOrDefault(a.key(), a.key())));
    }
    String text = g.article().text();
    Map<String, Split> applied = new HashMap<>();
    for (String into : new LinkedHashSet<>(target.values())) {
      List<Split> ss = splitsOf(into);
      if (ss.isEmpty()) {
        continue;
      }
      // The names that keep the article on the actor: those stored and those the article gives it.
      Set<String> names = new LinkedHashSet<>(storedNames.getOrDefault(into, Set.of()));
      for (Actor a : actors) {
        if (into.equals(target.get(a.key()))) {
          names.add(a.name());
          names.addAll(a.aliases());
        }
      }
      ss.forEach(s -> names.remove(s.alias()));
      for (Split s : ss) {
        if (AliasUse.of(s.alias(), names).onlyAliasIn(text)) {
          applied.put(into, s);
          break;
        }
      }
    }
    return new Remap(Map.copyOf(target), Map.copyOf(applied));
  }

  private List<Split> splitsOf(String key) {
    return splits.stream().filter(s -> s.from().equals(key)).toList();
  }

  private static List<Actor> inKeyOrder(ArticleGraph g) {
    return g.actors().keySet().stream().sorted(Comparator.comparing(Actor::key)).toList();
  }

  /** The relations on their new keys; of two that became one edge, the first with both's evidence. */
  private static List<Relation> relations(ArticleGraph g, Remap remap) {
    Map<RelationId, Relation> out = new LinkedHashMap<>();
    for (Relation r : g.relations()) {
      String s = remap.finalKey(r.sourceKey());
      String t = remap.finalKey(r.targetKey());
      if (s.equals(t)) {
        continue; // an actor has no relation to itself
      }
      // A symmetric edge keeps its direction (from its sentence's subject) but is one edge either way.
      RelationId id = RelationId.ofEvent(r.type(), s, t, g.article().id());
      Relation known = out.get(id);
      if (known != null) {
        Set<String> sentences = new LinkedHashSet<>(known.sentences());
        sentences.addAll(r.sentences());
        out.put(id, new Relation(known.type(), known.sourceKey(), known.targetKey(), known.date(), known.place(),
            Math.max(known.confidence(), r.confidence()), known.negated(), List.copyOf(sentences), known.modality(),
            known.attribution()));
        continue;
      }
      out.put(id, new Relation(r.type(), s, t, r.date(), r.place(), r.confidence(), r.negated(), r.sentences(),
          r.modality(), r.attribution()));
    }
    return List.copyOf(out.values());
  }

  /** The roles on their new keys; of two that became one edge, the first. */
  private static List<ArticleGraph.RoleEvidence> roles(ArticleGraph g, Remap remap) {
    List<ArticleGraph.RoleEvidence> out = new ArrayList<>();
    Set<RelationId> edges = new HashSet<>();
    for (ArticleGraph.RoleEvidence ev : g.roles()) {
      Role r = ev.role();
      String h = remap.finalKey(r.holderKey());
      if (ev.target() == null) { // no edge: nothing to combine
        out.add(new ArticleGraph.RoleEvidence(r.between(h, null, null), ev.sentence()));
        continue;
      }
      String t = remap.finalKey(ev.target());
      if (h.equals(t)) {
        continue;
      }
      Role moved;
      if (r.principalKey() != null) {
        String post = r.postKey() == null ? null : remap.finalKey(r.postKey());
        moved = r.between(h, t, t.equals(post) ? null : post);
      } else {
        moved = r.between(h, null, t);
      }
      var evidence = new ArticleGraph.RoleEvidence(moved, ev.sentence());
      if (edges.add(g.idOf(evidence))) {
        out.add(evidence);
      }
    }
    return out;
  }

  /** Whether {@code a} is a person named by one word ("Musk"): a name other articles may resolve. */
  static boolean isLoneName(Actor a) {
    return a.kind() == ActorKind.PERSON && !a.name().strip().contains(" ");
  }

  /** The surname of {@code a} when it is a person named in full ("Musk" for "Elon Musk"). */
  static Optional<String> surname(Actor a) {
    return surname(a.kind(), a.name());
  }

  /**
   * The surname of an actor of this kind and name: the last word of a person's name of several words
   * ("Musk" for "Elon Musk"), empty otherwise. The one statement of what a surname is: the graph
   * stores it ({@code Person.surname}) as computed here, and Cypher only compares stored values.
   */
  static Optional<String> surname(ActorKind kind, String name) {
    String n = name.strip();
    if (kind != ActorKind.PERSON || !n.contains(" ")) {
      return Optional.empty();
    }
    return Optional.of(n.substring(n.lastIndexOf(' ') + 1));
  }

  /**
   * The person a one-word name ("Musk", key {@code loneKey}) resolves to across articles, given the
   * keys of the people of the graph that bear it as surname ({@code bearers}, which may include the
   * lone name's own key): the only one other than the lone name itself; empty with several or none.
   */
  static Optional<String> onlyBearer(String loneKey, Collection<String> bearers) {
    Set<String> others = new TreeSet<>(bearers);
    others.remove(loneKey);
    return others.size() == 1 ? Optional.of(others.iterator().next()) : Optional.empty();
  }

  /**
   * Why a one-word person name ({@code loneKey}) stays apart, given the people of the graph that bear
   * it as surname ({@code bearers}, key to name, which may include the lone name itself): {@code
   * several candidates: Hunter Biden, Joe Biden} (names in order) or {@code no candidate: ...}; empty
   * when it resolves ({@link #onlyBearer}). The one statement of the reason the graph stores
   * ({@code unresolvedReason}) and the actor view shows.
   */
  static Optional<String> unresolvedReason(String loneKey, Map<String, String> bearers) {
    Map<String, String> others = new java.util.TreeMap<>(bearers);
    others.remove(loneKey);
    if (others.size() == 1) {
      return Optional.empty();
    }
    if (others.isEmpty()) {
      return Optional.of("no candidate: no person named in full in the graph bears this surname");
    }
    return Optional.of("several candidates: " + String.join(", ", new TreeSet<>(others.values())));
  }

  /** The people {@code actors} name in full, in key order, with their surnames. */
  static Map<String, String> surnamesByKey(Collection<Actor> actors) {
    Map<String, String> out = new LinkedHashMap<>();
    actors.stream().sorted(Comparator.comparing(Actor::key))
        .forEach(a -> surname(a).ifPresent(s -> out.put(a.key(), s)));
    return out;
  }

  private static void requireKey(String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a decision names its actors and alias");
    }
  }

  @Override
  public String toString() {
    return "merges " + merges + ", surnames " + surnames + ", splits " + splits + ", unresolved " + unresolved;
  }
}
