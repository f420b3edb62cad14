// Actors whose name or alias matches a full-text query (Lucene syntax, built by the caller).
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
RETURN node {.key, .name, .kind, .code, .sector, .aliases} AS actor, score
ORDER BY score DESC, actor.name
LIMIT $limit
