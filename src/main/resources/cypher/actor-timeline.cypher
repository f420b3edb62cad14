// An actor's event relations oldest first (its timeline), one keyset page after ($afterDay, $afterId).
// Relations without a date come last.
MATCH (a:Actor {key: $key})
CALL (a) {
  MATCH (a)-[r]->(t:Actor) RETURN a AS s, r, t
  UNION
  MATCH (s:Actor)-[r]->(a) RETURN s, r, a AS t
}
WITH s, r, t
WHERE {{relation-filter}}
WITH s, r, t, coalesce(r.dateFrom, date('9999-12-31')) AS day, r.id AS id
WHERE $afterDay IS NULL OR day > $afterDay OR (day = $afterDay AND id > $afterId)
WITH s, r, t, day, id ORDER BY day, id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {{relation-view}} AS relation, day, id
ORDER BY day, id
