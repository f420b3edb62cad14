// The decisions an article's write was made under, read again before it commits: merges of the
// keys it touched and alias splits of the keys it looked up (decisions only: the write itself adds
// names to actors).
CALL () {
  UNWIND $touched AS k
  MATCH (d:MergeDecision {from: k})
  RETURN collect({from: d.from, into: d.into}) AS merges
}
CALL () {
  UNWIND $splitKeys AS k
  MATCH (d:AliasSplit {from: k})
  RETURN collect({from: d.from, alias: d.alias, into: d.into}) AS splits
}
RETURN merges, splits
