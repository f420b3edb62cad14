// Event relations to export: those passing the filter, with the article they were read from;
// at most $limit.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE {{relation-filter}}
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN r.id AS id, s.key AS source, s.name AS sourceName, s.code AS sourceCode, type(r) AS type,
       t.key AS target, t.name AS targetName, t.code AS targetCode, r.articleId AS articleId, r.plover AS plover,
       r.cameo AS cameo, r.symmetric AS symmetric, r.date AS date, r.dateFrom AS dateFrom, r.dateTo AS dateTo,
       r.place AS place, r.confidence AS confidence, r.negated AS negated, r.sentences AS sentences,
       art.url AS url, art.title AS title, art.publisher AS publisher
LIMIT $limit
