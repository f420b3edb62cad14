// Corroboration: the same (source, type, target, date) across articles, with the number of
// articles and of distinct publishers; symmetric types count both directions as one. Newest first,
// one keyset page after ($afterDay, $afterId).
MATCH (s0:Actor)-[r]->(t0:Actor)
WITH s0 AS s, r, t0 AS t
WHERE {{relation-filter}}
WITH r, CASE WHEN r.symmetric AND s.key > t.key THEN [t, s] ELSE [s, t] END AS pair
OPTIONAL MATCH (art:Article {id: r.articleId})
WITH pair[0] AS s, type(r) AS type, pair[1] AS t, r.date AS date,
     min(r.dateFrom) AS dateFrom, count(DISTINCT r.articleId) AS articles,
     count(DISTINCT art.publisher) AS publishers, max(r.confidence) AS confidence,
     collect(DISTINCT art {.id, .url, .title, .publishedAt, .publisher})[..20] AS arts,
     collect(r.sentences[0])[0] AS sentence, collect(r.plover)[0] AS plover, collect(r.cameo)[0] AS cameo
WITH *, coalesce(dateFrom, date('0001-01-01')) AS day,
     s.key + '|' + type + '|' + t.key + '|' + coalesce(date, '') AS id
WHERE articles >= coalesce($minArticles, 1)
  AND ($afterDay IS NULL OR day < $afterDay OR (day = $afterDay AND id > $afterId))
RETURN {id: id, type: type, plover: plover, cameo: cameo, date: date,
        source: s {.key, .name, .kind, .code}, target: t {.key, .name, .kind, .code}, articles: articles,
        publishers: publishers, confidence: confidence, sentence: sentence, articleRefs: arts} AS relation,
       day, id
ORDER BY day DESC, id
LIMIT $limit
