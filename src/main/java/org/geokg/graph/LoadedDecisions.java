package org.geokg.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.geokg.actor.Actor;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The analyst decisions one article's write depends on, as {@code decisions-load} read them inside
 * the write transaction, with what it looked up: which keys' merges, which keys' alias splits, which
 * surnames. The writer uses the scope to tell, without another query, whether a decision recorded
 * meanwhile could matter ({@link #snapshot}) and whether the article may absorb a lone-surname actor
 * ({@link #mayHaveLoneSurname}). Immutable.
 *
 * @param decisions the decisions, to apply to the article
 * @param keys the keys whose merges and surnames were read: the article's own
 * @param splitKeys the keys whose alias splits were read: the article's own and those it may be
 *     remapped to
 * @param surnamesChecked the surnames of the article's people named in full, looked up as lone names
 * @param loneSurnames those of them an actor of the graph bears alone ("Musk"), and the article's own
 *     one-word person names (its write may create such an actor)
 */
record LoadedDecisions(ActorDecisions decisions, Set<String> keys, List<String> splitKeys,
    Set<String> surnamesChecked, Set<String> loneSurnames) {

  LoadedDecisions {
    Objects.requireNonNull(decisions, "decisions");
    keys = Set.copyOf(keys);
    splitKeys = List.copyOf(splitKeys);
    surnamesChecked = Set.copyOf(surnamesChecked);
    loneSurnames = Set.copyOf(loneSurnames);
  }

  /**
   * The decisions concerning the actors of {@code g}, from the record that {@code decisions-load}
   * (within {@code article-read}) returned for {@link WriteParameters#articleRead}{@code (g)}.
   */
  static LoadedDecisions of(Record r, ArticleGraph g) {
    Map<String, String> merges = new TreeMap<>();
    r.get("merges").asList(v -> v).forEach(m -> merges.put(m.get("from").asString(), m.get("into").asString()));
    // The query fetched the bearers of each lone name's surname; which one it resolves to is decided here.
    Map<String, String> resolved = new LinkedHashMap<>();
    Map<String, Map<String, String>> bearersByLone = new HashMap<>();
    for (Value m : r.get("surnames").asList(v -> v)) {
      String from = m.get("from").asString();
      bearersByLone.put(from, bearers(m));
      ActorDecisions.onlyBearer(from, m.get("bearers").asList(Value::asString))
          .ifPresent(into -> resolved.put(from, into));
    }
    Map<String, String> surnames = new HashMap<>();
    resolved.forEach((from, into) -> {
      if (!merges.containsKey(from)) { // an analyst's merge wins over a surname
        surnames.put(from, into);
      }
    });
    // A lone name neither merged nor resolved stays apart: why (no bearer row means no bearer).
    Map<String, String> unresolved = new TreeMap<>();
    g.actors().keySet().stream().filter(ActorDecisions::isLoneName).map(Actor::key)
        .filter(k -> !merges.containsKey(k) && !surnames.containsKey(k))
        .forEach(k -> ActorDecisions.unresolvedReason(k, bearersByLone.getOrDefault(k, Map.of()))
            .ifPresent(why -> unresolved.put(k, why)));
    // Splits were read for every bearer (one round trip); those of the people not chosen are no concern.
    Set<String> mapped = new LinkedHashSet<>(r.get("mapped").asList(Value::asString));
    mapped.addAll(resolved.values());
    List<Value> splitRows = r.get("splits").asList(v -> v).stream()
        .filter(s -> mapped.contains(s.get("from").asString())).toList();
    List<ActorDecisions.Split> splits = splitRows.stream().map(LoadedDecisions::split).toList();
    Map<String, Set<String>> storedNames = new LinkedHashMap<>();
    for (Value s : splitRows) {
      Set<String> names = new LinkedHashSet<>();
      for (Value n : s.get("names").values()) {
        if (!n.isNull()) { // the split actor may be gone (merged away): it has no names then
          names.add(n.asString());
        }
      }
      storedNames.putIfAbsent(s.get("from").asString(), names);
    }
    Set<String> lone = new LinkedHashSet<>(r.get("lone").asList(Value::asString));
    g.actors().keySet().stream().filter(ActorDecisions::isLoneName).forEach(a -> lone.add(a.name().strip()));
    return new LoadedDecisions(new ActorDecisions(merges, surnames, splits, storedNames, unresolved),
        keys(g), List.copyOf(mapped),
        Set.copyOf(ActorDecisions.surnamesByKey(g.actors().keySet()).values()), lone);
  }

  /** The bearers of a surname in a record of {@code decisions-load} or {@code surname-absorb}: key to name. */
  static Map<String, String> bearers(org.neo4j.driver.types.MapAccessor row) {
    List<String> keys = row.get("bearers").asList(Value::asString);
    List<String> names = row.get("bearerNames").asList(Value::asString);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), names.get(i));
    }
    return out;
  }

  private static ActorDecisions.Split split(Value s) {
    return new ActorDecisions.Split(s.get("from").asString(), s.get("alias").asString(), s.get("into").asString());
  }

  private static Set<String> keys(ArticleGraph g) {
    Set<String> keys = new LinkedHashSet<>();
    g.actors().keySet().stream().map(Actor::key).forEach(keys::add);
    return keys;
  }

  /**
   * The merge and split decisions that writing onto the keys {@code touched} (see
   * {@link ActorDecisions#touched}) depends on, as they were read; empty when some of those keys
   * were not looked up (the article was remapped onto them), and the writer must read them.
   */
  Optional<Snapshot> snapshot(Set<String> touched) {
    if (!keys.containsAll(touched)) {
      return Optional.empty();
    }
    Set<ActorDecisions.Merge> merges = new HashSet<>();
    decisions.merges().forEach((from, into) -> {
      if (touched.contains(from)) {
        merges.add(new ActorDecisions.Merge(from, into));
      }
    });
    return Optional.of(new Snapshot(merges, Set.copyOf(decisions.splits())));
  }

  /**
   * Whether a lone-surname actor may exist for one of {@code surnames}: false only when
   * {@code decisions-load} looked them all up and found none, so the writer can skip looking again.
   */
  boolean mayHaveLoneSurname(Set<String> surnames) {
    return !surnamesChecked.containsAll(surnames) || surnames.stream().anyMatch(loneSurnames::contains);
  }

  /**
   * The merges of the keys an article's write touched and the alias splits of the keys whose splits it
   * read, at one moment: read again before commit ({@code decisions-snapshot}), a difference from
   * the one the write was made under means an analyst decided something meanwhile.
   */
  record Snapshot(Set<ActorDecisions.Merge> merges, Set<ActorDecisions.Split> splits) {
    Snapshot {
      merges = Set.copyOf(merges);
      splits = Set.copyOf(splits);
    }

    /** The decisions in a record of {@code decisions-snapshot}. */
    static Snapshot of(Record r) {
      return new Snapshot(
          Set.copyOf(r.get("merges").asList(m -> new ActorDecisions.Merge(m.get("from").asString(),
              m.get("into").asString()))),
          Set.copyOf(r.get("splits").asList(LoadedDecisions::split)));
    }
  }
}
