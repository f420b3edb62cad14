// The actors with the given element ids, with their number of relationships of any kind.
MATCH (a:Actor) WHERE elementId(a) IN $ids
RETURN a {.key, .name, .kind, .code, .sector} AS actor, elementId(a) AS id, COUNT { (a)--() } AS degree
