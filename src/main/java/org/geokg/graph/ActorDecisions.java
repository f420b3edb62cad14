package org.geokg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * What the graph already knows about the actors of one article, applied to the article's write
 * parameters before they are written, inside the write transaction:
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
 * same edge are combined. {@link #snapshot} lets the writer detect a decision recorded while it
 * wrote. Not thread-safe: one instance serves one transaction.
 */
final class ActorDecisions {

  /** An alias split as stored. */
  record Split(String from, String alias, String into, List<String> names) {}

  private final Map<String, String> merges;
  private final Map<String, String> surnames;
  private final List<Split> splits;
  private final List<String> splitKeys;
  /** The keys whose merges {@code decisions-load} read. */
  private final Set<String> loadedKeys = new HashSet<>();
  /** Surnames {@code decisions-load} looked up, and those an actor of the graph bears alone. */
  private final Set<String> surnamesChecked = new HashSet<>();
  private final Set<String> loneSurnames = new HashSet<>();
  /** Every key this article's write reads or writes: its own and those it was remapped to. */
  private final Set<String> touched = new LinkedHashSet<>();

  private ActorDecisions(Map<String, String> merges, Map<String, String> surnames, List<Split> splits,
      List<String> splitKeys) {
    this.merges = merges;
    this.surnames = surnames;
    this.splits = splits;
    this.splitKeys = splitKeys;
  }

  /** Decisions as given (tests); the writer reads them from the graph ({@code decisions-load}). */
  static ActorDecisions of(Map<String, String> merges, Map<String, String> surnames, List<Split> splits) {
    return new ActorDecisions(Map.copyOf(merges), Map.copyOf(surnames), List.copyOf(splits), List.of());
  }

  /** The parameters of {@code decisions-load} for the actors of {@code params} (as built by the writer). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> loadParameters(Map<String, Object> params) {
    List<Map<String, Object>> actors = (List<Map<String, Object>>) params.get("actors");
    return Map.of("keys", actors.stream().map(a -> (String) a.get("key")).toList(), "names", singles(actors),
        "surnames", List.copyOf(surnamesOfFullNames(actors)));
  }

  /** The one-word person names ("Musk") among {@code actors}, with their keys. */
  private static List<Map<String, Object>> singles(List<Map<String, Object>> actors) {
    List<Map<String, Object>> singles = new ArrayList<>();
    for (Map<String, Object> a : actors) {
      String name = ((String) a.get("name")).strip();
      if ("PERSON".equals(a.get("kind")) && !name.contains(" ")) {
        singles.add(Map.of("key", a.get("key"), "name", name));
      }
    }
    return singles;
  }

  /**
   * The decisions concerning the actors of {@code params}, from the record {@code decisions-load}
   * returned for {@link #loadParameters} (the writer reads them with the article's state, in one
   * round trip).
   */
  @SuppressWarnings("unchecked")
  static ActorDecisions of(Record r, Map<String, Object> params) {
    List<Map<String, Object>> actors = (List<Map<String, Object>>) params.get("actors");
    List<String> keys = actors.stream().map(a -> (String) a.get("key")).toList();
    List<Map<String, Object>> singles = singles(actors);
    Map<String, String> merges = new TreeMap<>();
    r.get("merges").asList(v -> v).forEach(m -> merges.put(m.get("from").asString(), m.get("into").asString()));
    Map<String, String> surnames = new HashMap<>();
    r.get("surnames").asList(v -> v).forEach(m -> {
      if (!merges.containsKey(m.get("from").asString())) { // an analyst's merge wins over a surname
        surnames.put(m.get("from").asString(), m.get("into").asString());
      }
    });
    List<Split> splits = r.get("splits").asList(s -> new Split(s.get("from").asString(), s.get("alias").asString(),
        s.get("into").asString(), s.get("names").asList(v -> v.isNull() ? "" : v.asString())));
    List<String> splitKeys = List.copyOf(new LinkedHashSet<>(r.get("mapped").asList(v -> v.asString())));
    ActorDecisions d = new ActorDecisions(merges, surnames, splits, splitKeys);
    d.loadedKeys.addAll(keys);
    d.surnamesChecked.addAll(surnamesOfFullNames(actors));
    d.loneSurnames.addAll(r.get("lone").asList(v -> v.asString()));
    singles.forEach(s -> d.loneSurnames.add((String) s.get("name"))); // this write may create one too
    return d;
  }

  /** The surnames of the people {@code actors} name in full ("Musk" for "Elon Musk"). */
  static Set<String> surnamesOfFullNames(List<Map<String, Object>> actors) {
    return new TreeSet<>(surnamesByKey(actors).values());
  }

  /** The people {@code actors} name in full, by key, with their surnames, in the order given. */
  static Map<String, String> surnamesByKey(List<Map<String, Object>> actors) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map<String, Object> a : actors) {
      String name = ((String) a.get("name")).strip();
      if ("PERSON".equals(a.get("kind")) && name.contains(" ")) {
        out.put((String) a.get("key"), name.substring(name.lastIndexOf(' ') + 1));
      }
    }
    return out;
  }

  /**
   * Whether a lone-surname actor may exist for one of {@code surnames}: false only when {@code
   * decisions-load} looked them all up and found none, so the writer can skip looking again.
   */
  boolean mayHaveLoneSurname(Set<String> surnames) {
    return !surnamesChecked.containsAll(surnames) || surnames.stream().anyMatch(loneSurnames::contains);
  }

  /**
   * The merge and split decisions this article's write depends on (after {@link #apply}), as they
   * were when {@code decisions-load} read them; {@link #snapshot} reads them again before commit, and a
   * difference means an analyst decided something meanwhile. Costs a query only when the article
   * was remapped onto keys that {@code decisions-load} did not look up.
   */
  Object loaded(TransactionContext tx) {
    if (!loadedKeys.containsAll(touched)) {
      return snapshot(tx);
    }
    Set<String> m = new TreeSet<>();
    merges.forEach((from, into) -> {
      if (touched.contains(from)) {
        m.add(from + " -> " + into);
      }
    });
    Set<String> s = new TreeSet<>();
    splits.forEach(x -> s.add(x.from() + " / " + x.alias() + " -> " + x.into()));
    return List.of(m, s);
  }

  /** The same decisions as {@link #loaded}, read now. */
  Object snapshot(TransactionContext tx) {
    return snapshot(tx.run(Cypher.load("decisions-snapshot"), snapshotParameters()).single());
  }

  /** The parameters of {@code decisions-snapshot}. */
  Map<String, Object> snapshotParameters() {
    return Map.of("touched", List.copyOf(touched), "splitKeys", splitKeys);
  }

  /** The decisions in a record of {@code decisions-snapshot}, as {@link #loaded} gives them. */
  static Object snapshot(Record r) {
    return List.of(new TreeSet<>(r.get("merges").asList(v -> v.asString())),
        new TreeSet<>(r.get("splits").asList(v -> v.asString())));
  }

  /** Rewrites the article's actors, relations and roles in {@code params} by the decisions. */
  @SuppressWarnings("unchecked")
  void apply(Map<String, Object> params) {
    List<Map<String, Object>> actors = (List<Map<String, Object>>) params.get("actors");
    String text = (String) ((Map<String, Object>) params.get("props")).get("text");
    for (Map<String, Object> a : actors) {
      touched.add((String) a.get("key"));
    }
    // 1-2: merges and surnames; every entry remembers how it was remapped.
    Map<String, String> target = new LinkedHashMap<>();
    for (Map<String, Object> a : actors) {
      String key = (String) a.get("key");
      target.put(key, merges.getOrDefault(key, surnames.getOrDefault(key, key)));
    }
    touched.addAll(target.values());
    // 3: splits, decided per resulting actor over the whole article.
    Map<String, List<Split>> splitsOf = new HashMap<>();
    for (Split s : splits) {
      splitsOf.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Split> splitApplied = new HashMap<>();
    for (String into : new LinkedHashSet<>(target.values())) {
      List<Split> ss = splitsOf.getOrDefault(into, List.of());
      if (ss.isEmpty()) {
        continue;
      }
      Set<String> splitAliases = new HashSet<>();
      ss.forEach(s -> splitAliases.add(s.alias()));
      Set<String> names = new LinkedHashSet<>(ss.get(0).names());
      for (Map<String, Object> a : actors) {
        if (into.equals(target.get((String) a.get("key")))) {
          names.add((String) a.get("name"));
          names.addAll((List<String>) a.get("aliases"));
        }
      }
      names.removeAll(splitAliases);
      for (Split s : ss) {
        if (AliasUse.of(s.alias(), names).onlyAliasIn(text)) {
          splitApplied.put(into, s);
          break;
        }
      }
    }
    Map<String, String> finalKey = new LinkedHashMap<>();
    target.forEach((k, v) -> finalKey.put(k, splitApplied.containsKey(v) ? splitApplied.get(v).into() : v));
    touched.addAll(finalKey.values());

    // Actors: one entry per final key; the names of remapped entries become aliases of the target.
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Map<String, Object> a : actors) {
      String key = (String) a.get("key");
      String fk = finalKey.get(key);
      Split split = splitApplied.get(target.get(key));
      Set<String> aliases = new LinkedHashSet<>();
      Map<String, Object> entry = new TreeMap<>(a);
      if (split != null) {
        entry.put("name", split.alias());
        entry.put("code", null);
        entry.put("sector", null);
        aliases.add(split.alias());
      } else {
        if (!fk.equals(key)) {
          aliases.add((String) a.get("name"));
        }
        aliases.addAll((List<String>) a.get("aliases"));
      }
      entry.put("key", fk);
      Map<String, Object> known = byKey.get(fk);
      if (known != null) {
        aliases.addAll((List<String>) known.get("aliases"));
        entry = known;
        entry.put("mentions", (Integer) known.get("mentions") + (Integer) a.get("mentions"));
        entry.put("code", known.get("code") != null ? known.get("code") : split == null ? a.get("code") : null);
        entry.put("sector", known.get("sector") != null ? known.get("sector") : split == null ? a.get("sector") : null);
      }
      for (Split s : splitsOf.getOrDefault(fk, List.of())) {
        aliases.remove(s.alias());
      }
      entry.put("aliases", aliases.stream().sorted().toList());
      byKey.put(fk, entry);
    }
    List<Map<String, Object>> newActors = new ArrayList<>(byKey.values());
    newActors.sort(Comparator.comparing(m -> (String) m.get("key")));
    params.put("actors", newActors);

    params.put("relations", relations((List<Map<String, Object>>) params.get("relations"), finalKey));
    params.put("roles", roles((List<Map<String, Object>>) params.get("roles"), finalKey));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> relations(List<Map<String, Object>> in, Map<String, String> keys) {
    Map<List<String>, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> r : in) {
      String s = keys.getOrDefault((String) r.get("source"), (String) r.get("source"));
      String t = keys.getOrDefault((String) r.get("target"), (String) r.get("target"));
      if (s.equals(t)) {
        continue; // an actor has no relation to itself
      }
      Map<String, Object> props = new TreeMap<>((Map<String, Object>) r.get("props"));
      // A symmetric edge keeps its direction (from its sentence's subject) but is one edge either way.
      boolean swap = Boolean.TRUE.equals(props.get("symmetric")) && s.compareTo(t) > 0;
      List<String> id = swap ? List.of(t, (String) r.get("type"), s) : List.of(s, (String) r.get("type"), t);
      Map<String, Object> known = out.get(id);
      if (known != null) {
        // Two edges became one: keep the first, with every sentence and the best confidence.
        Map<String, Object> kp = (Map<String, Object>) known.get("props");
        Set<String> sentences = new LinkedHashSet<>((List<String>) kp.get("sentences"));
        sentences.addAll((List<String>) props.get("sentences"));
        kp.put("sentences", List.copyOf(sentences));
        kp.put("confidence", Math.max((Double) kp.get("confidence"), (Double) props.get("confidence")));
        continue;
      }
      Map<String, Object> m = new TreeMap<>(r);
      m.put("source", s);
      m.put("target", t);
      m.put("props", props);
      out.put(id, m);
    }
    return new ArrayList<>(out.values());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> roles(List<Map<String, Object>> in, Map<String, String> keys) {
    Map<List<String>, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> r : in) {
      String h = keys.getOrDefault((String) r.get("holder"), (String) r.get("holder"));
      String t = keys.getOrDefault((String) r.get("target"), (String) r.get("target"));
      if (h.equals(t)) {
        continue;
      }
      Map<String, Object> props = new TreeMap<>((Map<String, Object>) r.get("props"));
      String post = (String) props.get("postKey");
      if (post != null) {
        String p = keys.getOrDefault(post, post);
        props.put("postKey", p.equals(t) ? null : p);
      }
      List<String> id = List.of(h, t, (String) r.get("title"));
      if (out.containsKey(id)) {
        continue;
      }
      Map<String, Object> m = new TreeMap<>(r);
      m.put("holder", h);
      m.put("target", t);
      m.put("props", props);
      out.put(id, m);
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public String toString() {
    return "merges " + merges + ", surnames " + surnames + ", splits " + splits;
  }
}
