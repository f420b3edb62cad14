// One event relation by its stable id ($id), with its sentences and the article they were read from.
// Relationship indexes are per type: each of the event types $types is looked up in its own.
UNWIND $types AS type
MATCH (s:Actor)-[r:$(type)]->(t:Actor)
WHERE r.id = $id AND r.plover IS NOT NULL
WITH s, r, t LIMIT 1
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {{relation-view}} AS relation, art.author AS author,
       left(art.text, $textChars) AS text, size(art.text) > $textChars AS textTruncated
