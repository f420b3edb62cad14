// The edges among the actors whose element ids are in $ids: filtered event relations aggregated by
// (source, type, target) over articles (one edge exists per article, so counting edges counts
// articles), at least $minArticles articles each, strongest first, at most $limit.
MATCH (s:Actor) WHERE elementId(s) IN $ids
MATCH (s)-[r]->(t:Actor)
WHERE elementId(t) IN $ids AND {{relation-filter}}
WITH s, type(r) AS type, t, count(r) AS articles, max(r.confidence) AS confidence,
     min(r.dateFrom) AS firstDate, max(r.dateTo) AS lastDate, min(elementId(r)) AS relationId
WHERE articles >= $minArticles
RETURN s.key AS source, type, t.key AS target, articles, confidence, firstDate, lastDate, relationId
ORDER BY articles DESC, confidence DESC, source, type, target
LIMIT $limit
