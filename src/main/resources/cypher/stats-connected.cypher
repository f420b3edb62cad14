// The actors with the most event relations.
MATCH (a:Actor)
WITH a, COUNT { (a)-[r]-(:Actor) WHERE r.plover IS NOT NULL } AS relations
WHERE relations > 0
RETURN a {.key, .name, .kind, .code} AS actor, relations
ORDER BY relations DESC, actor.name
LIMIT $limit
