// Everything read from one article ($id): its relations with their sentences.
MATCH (art:Article {id: $id})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = $id
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.date AS date, r.place AS place,
       r.sentences AS sentences;
