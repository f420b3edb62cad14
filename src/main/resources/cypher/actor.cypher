// One actor with its roles over time (each with its source, and the dictionary's span) and its
// relation counts by type.
MATCH (a:Actor {key: $key})
CALL (a) {
  OPTIONAL MATCH (a)-[h:HOLDS_ROLE]->(p:Actor)
  OPTIONAL MATCH (post:Actor {key: h.postKey})
  WITH h, p, post WHERE h IS NOT NULL
  RETURN collect({title: h.title, of: p {.key, .name, .kind, .code}, at: post {.key, .name, .kind, .code},
                  source: coalesce(h.source, 'text'), from: h.`from`, to: h.`to`,
                  firstSeen: h.observedAt, lastSeen: h.observedAt, articleId: h.articleId}) AS roles
}
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(:Actor) WHERE r.plover IS NOT NULL AND NOT r.negated
  WITH type(r) AS type, count(r) AS n WHERE type IS NOT NULL
  RETURN collect({type: type, count: n}) AS relationCounts
}
RETURN a {.key, .name, .kind, .code, .sector, .aliases, .unresolvedReason} AS actor, roles, relationCounts
