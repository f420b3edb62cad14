// The shortest chains of relations between two actors ($from, $to: actor keys such as
// 'person:elon-musk', 'country:IRN'), at most 4 hops, roles included, articles left out.
MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Actor)
RETURN p
LIMIT 25;
