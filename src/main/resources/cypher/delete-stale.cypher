// After a re-ingest: edges of this article that the new write did not touch.
MATCH (:Article {id: $id})-[:MENTIONS]->(:Actor)-[r]-(:Actor)
WHERE r.articleId = $id AND r.run <> $run
DELETE r
