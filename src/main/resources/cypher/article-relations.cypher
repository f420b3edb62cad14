// Event relations read from one article (negated ones included, flagged).
MATCH (art:Article {id: $id})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = $id AND r.plover IS NOT NULL
RETURN {{relation-view}} AS relation
ORDER BY relation.type, relation.source.name
LIMIT $limit
