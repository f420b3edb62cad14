// One ring of an ego network: the neighbours of the actors in $frontier (element ids) that are not
// in $seen (element ids), through filtered event relations, most relations first, at most $limit.
// Element ids rather than keys: no property read per neighbour. (The variant for a minimum number
// of articles per tie is network-ring-corroborated.cypher.)
MATCH (f:Actor) WHERE elementId(f) IN $frontier
MATCH (f)-[r]-(n:Actor)
WITH r, n, startNode(r) AS s, endNode(r) AS t
WHERE {{relation-filter}}
WITH n, count(r) AS weight
WITH n, weight, elementId(n) AS id
WHERE NOT id IN $seen
WITH n, id, weight ORDER BY weight DESC, id LIMIT $limit
RETURN n.key AS key, id
ORDER BY weight DESC, id
