// Actors whose name or alias matches a full-text query (Lucene syntax, built by the caller),
// optionally only of a kind, country code or sector.
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
WHERE ($kind IS NULL OR node.kind = $kind) AND ($code IS NULL OR node.code = $code)
  AND ($sector IS NULL OR node.sector = $sector)
RETURN node {.key, .name, .kind, .code, .sector, .aliases} AS actor, score
ORDER BY score DESC, actor.name
SKIP $skip
LIMIT $limit
