// The edges among the actors whose element ids are in $ids: filtered event relations aggregated by
// (source, type, target) over articles (one edge exists per article, so counting edges counts
// articles), at least $minArticles articles each, strongest first, at most $limit. The target is
// tested through endNode(r) so that the planner expands each node's relationships once instead of
// seeking every pair of ids (a cartesian product followed by Expand(Into), several times slower).
MATCH (s:Actor) WHERE elementId(s) IN $ids
MATCH (s)-[r]->(t:Actor)
WHERE elementId(endNode(r)) IN $ids AND {{relation-filter}}
WITH s, type(r) AS type, t, count(r) AS articles, max(r.confidence) AS confidence,
     min(r.dateFrom) AS firstDate, max(r.dateTo) AS lastDate, min(elementId(r)) AS relationId
WHERE articles >= $minArticles
RETURN s.key AS source, type, t.key AS target, articles, confidence, firstDate, lastDate, relationId
ORDER BY articles DESC, confidence DESC, source, type, target
LIMIT $limit
