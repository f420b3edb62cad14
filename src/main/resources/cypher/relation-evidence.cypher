// One event relation by its id, with its sentences and the article they were read from.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE elementId(r) = $id AND r.plover IS NOT NULL
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {{relation-view}} AS relation, art.author AS author,
       left(art.text, $textChars) AS text, size(art.text) > $textChars AS textTruncated
