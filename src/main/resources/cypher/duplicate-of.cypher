// Another article with the same body text (the same story under another URL), if any.
MATCH (a:Article {bodyHash: $bodyHash})
WHERE a.id <> $id
RETURN a.id AS id
LIMIT 1
