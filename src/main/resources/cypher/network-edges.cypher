// The edges among the actors whose element ids are in $ids: filtered event relations aggregated by
// (source, type, target; either order for a symmetric type) over articles (one edge exists per
// article, so counting edges counts articles), at least $minArticles articles each, strongest first,
// at most $limit. The target is tested through endNode(r) so that the planner expands each node's
// relationships once instead of seeking every pair of ids (a cartesian product followed by
// Expand(Into), several times slower).
MATCH (s:Actor) WHERE elementId(s) IN $ids
MATCH (s)-[r]->(t:Actor)
WHERE elementId(endNode(r)) IN $ids AND {{relation-filter}}
// A symmetric type is one tie whichever way its edges point (each from its sentence's subject).
WITH r, CASE WHEN coalesce(r.symmetric, false) AND s.key > t.key THEN [t, s] ELSE [s, t] END AS pair
WITH pair[0] AS s, type(r) AS type, pair[1] AS t, count(r) AS articles, max(r.confidence) AS confidence,
     min(r.dateFrom) AS firstDate, max(r.dateTo) AS lastDate, min(r.id) AS relationId,
     coalesce(max(r.symmetric), false) AS symmetric
WHERE articles >= $minArticles
RETURN s.key AS source, type, t.key AS target, articles, confidence, firstDate, lastDate, relationId, symmetric
ORDER BY articles DESC, confidence DESC, source, type, target
LIMIT $limit
