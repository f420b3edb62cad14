// As relations.cypher, anchored on the actors in $actors (index seeks instead of a scan).
UNWIND $actors AS key
MATCH (a:Actor {key: key})
CALL (a) {
  MATCH (a)-[r]->(t:Actor) RETURN a AS s, r, t
  UNION
  MATCH (s:Actor)-[r]->(a) RETURN s, r, a AS t
}
WITH DISTINCT s, r, t
WHERE {{relation-filter}}
WITH s, r, t, coalesce(r.dateFrom, date('0001-01-01')) AS day, r.id AS id
WHERE $afterDay IS NULL OR day < $afterDay OR (day = $afterDay AND id > $afterId)
WITH s, r, t, day, id ORDER BY day DESC, id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {{relation-view}} AS relation, day, id
ORDER BY day DESC, id
