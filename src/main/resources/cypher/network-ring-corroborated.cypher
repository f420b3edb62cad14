// One ring of an ego network, counting only ties (source, type, target) reported by at least
// $minArticles articles: the neighbours of the actors in $frontier (element ids) not in $seen
// (element ids), strongest ties first, at most $limit. One edge exists per (source, type, target,
// article), so counting edges counts articles.
MATCH (f:Actor) WHERE elementId(f) IN $frontier
MATCH (f)-[r]-(n:Actor)
WITH f, r, n, startNode(r) AS s, endNode(r) AS t
WHERE {{relation-filter}}
WITH f, type(r) AS type, n, count(r) AS articles
WHERE articles >= $minArticles
WITH n, sum(articles) AS weight
WITH n, weight, elementId(n) AS id
WHERE NOT id IN $seen
WITH n, id, weight ORDER BY weight DESC, id LIMIT $limit
RETURN n.key AS key, id
ORDER BY weight DESC, id
