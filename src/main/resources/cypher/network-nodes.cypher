// The actors with the given keys, with their number of relationships of any kind.
UNWIND $keys AS key
MATCH (a:Actor {key: key})
RETURN a {.key, .name, .kind, .code, .sector} AS actor, COUNT { (a)--() } AS degree
