// Completes an analyst merge of $other into $id once their edges and mentions have moved: names,
// code and sector join $id, earlier decisions are kept consistent, the decision is recorded (the
// writer consults it on every ingestion) and the merged-away node is deleted.
MATCH (keep:Actor {key: $id}), (gone:Actor {key: $other})
// Earlier merges into the merged-away actor now lead to $id (chains stay one step long).
CALL (keep, gone) {
  OPTIONAL MATCH (d:MergeDecision {into: gone.key})
  SET d.into = keep.key
}
// Merging back an actor that was split off $id undoes that split.
CALL (keep, gone) {
  OPTIONAL MATCH (s:AliasSplit {from: keep.key, into: gone.key})
  DETACH DELETE s
}
CALL (keep, gone) {
  OPTIONAL MATCH (s:AliasSplit {into: gone.key})
  SET s.into = keep.key
}
CALL (keep, gone) {
  OPTIONAL MATCH (s:AliasSplit {from: gone.key})
  SET s.from = keep.key
}
WITH keep, gone, [gone.name] + coalesce(gone.aliases, []) AS names
OPTIONAL MATCH (s:AliasSplit {from: keep.key})
WITH keep, gone, names, collect(s.alias) AS split
SET keep.aliases = reduce(acc = [al IN coalesce(keep.aliases, []) WHERE NOT al IN split], al IN names |
                     CASE WHEN al IN acc OR al = keep.name OR al IN split THEN acc ELSE acc + al END),
    keep.code = coalesce(keep.code, gone.code),
    keep.sector = coalesce(keep.sector, gone.sector)
SET keep.aliasText = reduce(t = '', al IN keep.aliases | t + ' ' + al)
MERGE (d:MergeDecision {from: gone.key})
SET d.into = keep.key, d.name = gone.name, d.kind = gone.kind, d.decidedAt = datetime(), d.decidedBy = $by
WITH keep, gone, d, keep.aliases AS aliases, gone.name AS name
DETACH DELETE gone
RETURN aliases, name, toString(d.decidedAt) AS decidedAt
