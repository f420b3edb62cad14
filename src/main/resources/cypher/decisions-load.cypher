// The analyst decisions an article's write depends on, read in one go: merges of its actors' keys;
// for its one-word person names ("Musk"), the people of the graph with that surname, keys and names
// (the caller picks the one a name resolves to, ActorDecisions.onlyBearer, or says why none); and
// the alias splits of every key the article may write to (its own, those it is merged into and every
// surname bearer: the caller keeps those of the keys chosen), with that actor's stored names (the
// names that keep an article on the actor). Also which surnames of its people named in full an
// earlier article used alone ("Musk" before "Elon Musk").
CALL () {
  UNWIND $keys AS k
  MATCH (d:MergeDecision {from: k})
  RETURN collect({from: d.from, into: d.into}) AS merges
}
CALL () {
  UNWIND $names AS n
  MATCH (p:Person {surname: n.name})
  WITH n, collect(p.key) AS bearers, collect(p.name) AS bearerNames
  RETURN collect({from: n.key, bearers: bearers, bearerNames: bearerNames}) AS surnames
}
CALL () {
  UNWIND $surnames AS s
  MATCH (lone:Actor:Person {name: s})
  RETURN collect(DISTINCT s) AS lone
}
WITH merges, surnames, lone, $keys + [m IN merges | m.into] AS mapped
CALL (mapped, surnames) {
  UNWIND mapped + reduce(b = [], s IN surnames | b + s.bearers) AS k
  WITH DISTINCT k
  MATCH (d:AliasSplit {from: k})
  OPTIONAL MATCH (a:Actor {key: k})
  WITH d, a
  ORDER BY d.from, d.alias
  RETURN collect({from: d.from, alias: d.alias, into: d.into, names: [a.name] + coalesce(a.aliases, [])}) AS splits
}
RETURN merges, surnames, lone, mapped, splits
