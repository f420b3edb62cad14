// The analyst decisions an article's write depends on, read in one go: merges of its actors' keys;
// for its one-word person names ("Musk"), the one person of the graph with that surname; and the
// alias splits of every key the article may write to (its own and those it may be remapped to),
// with that actor's stored names (the names that keep an article on the actor). Also which surnames
// of its people named in full an earlier article used alone ("Musk" before "Elon Musk").
CALL () {
  UNWIND $keys AS k
  MATCH (d:MergeDecision {from: k})
  RETURN collect({from: d.from, into: d.into}) AS merges
}
CALL () {
  UNWIND $names AS n
  MATCH (p:Person {surname: n.name})
  WHERE p.key <> n.key
  WITH n, collect(p.key) AS keys
  WHERE size(keys) = 1
  RETURN collect({from: n.key, into: keys[0]}) AS surnames
}
CALL () {
  UNWIND $surnames AS s
  MATCH (lone:Actor:Person {name: s})
  RETURN collect(DISTINCT s) AS lone
}
WITH merges, surnames, lone, $keys + [m IN merges | m.into] + [s IN surnames | s.into] AS mapped
CALL (mapped) {
  UNWIND mapped AS k
  WITH DISTINCT k
  MATCH (d:AliasSplit {from: k})
  OPTIONAL MATCH (a:Actor {key: k})
  WITH d, a
  ORDER BY d.from, d.alias
  RETURN collect({from: d.from, alias: d.alias, into: d.into, names: [a.name] + coalesce(a.aliases, [])}) AS splits
}
RETURN merges, surnames, lone, mapped, splits
