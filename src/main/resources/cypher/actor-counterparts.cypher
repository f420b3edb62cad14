// The actors an actor has the most event relations with, either direction.
MATCH (a:Actor {key: $key})-[r]-(b:Actor)
WHERE r.plover IS NOT NULL AND NOT coalesce(r.negated, false) AND b <> a
WITH b, count(r) AS relations, collect(DISTINCT type(r)) AS types
RETURN b {.key, .name, .kind, .code} AS actor, relations, types
ORDER BY relations DESC, actor.name
LIMIT $limit
