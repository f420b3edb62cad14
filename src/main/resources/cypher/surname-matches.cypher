// One-word person names ("Musk") and the one person of the graph whose surname that is ("Elon
// Musk"); names shared by several people's surnames resolve to nobody.
UNWIND $names AS n
MATCH (p:Person {surname: n.name})
WHERE p.key <> n.key
WITH n, collect(p.key) AS keys
WHERE size(keys) = 1
RETURN n.key AS from, keys[0] AS into
