// The analyst decisions about one actor: actors merged into it, aliases split off it, and aliases
// split off other actors into it.
MATCH (a:Actor {key: $key})
CALL (a) {
  OPTIONAL MATCH (d:MergeDecision {into: a.key})
  WITH d ORDER BY d.decidedAt
  RETURN collect(d {.from, .name, .kind, decidedAt: toString(d.decidedAt), .decidedBy}) AS merged
}
CALL (a) {
  OPTIONAL MATCH (s:AliasSplit {from: a.key})
  WITH s ORDER BY s.decidedAt
  RETURN collect(s {.alias, .into, decidedAt: toString(s.decidedAt), .decidedBy}) AS splitOff
}
CALL (a) {
  OPTIONAL MATCH (s:AliasSplit {into: a.key})
  WITH s ORDER BY s.decidedAt
  RETURN collect(s {.from, .alias, decidedAt: toString(s.decidedAt), .decidedBy}) AS splitInto
}
RETURN merged, splitOff, splitInto
