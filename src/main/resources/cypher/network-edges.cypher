// The edges among the actors in $keys: filtered event relations aggregated by (source, type,
// target) over articles, at least $minArticles articles each, strongest first, at most $limit.
UNWIND $keys AS key
MATCH (s:Actor {key: key})-[r]->(t:Actor)
WHERE t.key IN $keys AND {{relation-filter}}
WITH s, type(r) AS type, t, count(DISTINCT r.articleId) AS articles, max(r.confidence) AS confidence,
     min(r.dateFrom) AS firstDate, max(r.dateTo) AS lastDate, collect(r) AS rs
WHERE articles >= $minArticles
RETURN s.key AS source, type, t.key AS target, articles, confidence, firstDate, lastDate,
       elementId(rs[0]) AS relationId, rs[0].plover AS plover, rs[0].date AS date
ORDER BY articles DESC, confidence DESC, source, type, target
LIMIT $limit
