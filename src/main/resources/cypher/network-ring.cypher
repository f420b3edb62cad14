// One ring of an ego network: the neighbours of the actors in $frontier (keys) that are not yet in
// $seen, through filtered event relations whose (source, type, target) is reported by at least
// $minArticles articles; strongest ties first, at most $limit.
UNWIND $frontier AS key
MATCH (f:Actor {key: key})-[r]-(n:Actor)
WHERE NOT n.key IN $seen
WITH f, r, n, startNode(r) AS s, endNode(r) AS t
WHERE {{relation-filter}}
WITH f, type(r) AS type, n, count(DISTINCT r.articleId) AS articles
WHERE articles >= $minArticles
WITH n, sum(articles) AS weight
RETURN n.key AS key
ORDER BY weight DESC, key
LIMIT $limit
