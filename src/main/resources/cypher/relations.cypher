// Event relations matching the filter, newest first, one keyset page: rows after the cursor
// ($afterDay, $afterId; both null on the first page). Relations without a date sort last.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE {{relation-filter}}
WITH s, r, t, coalesce(r.dateFrom, date('0001-01-01')) AS day, r.id AS id
WHERE $afterDay IS NULL OR day < $afterDay OR (day = $afterDay AND id > $afterId)
WITH s, r, t, day, id ORDER BY day DESC, id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {{relation-view}} AS relation, day, id
ORDER BY day DESC, id
