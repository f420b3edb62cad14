MATCH (:Article {id: $id})-[m:MENTIONS]->(:Actor)
WHERE m.run <> $run
DELETE m
