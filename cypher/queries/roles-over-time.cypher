// An actor's roles over time ($key: actor key): title, for whom, where, first and last seen.
MATCH (p:Actor {key: $key})-[h:HOLDS_ROLE]->(o:Actor)
OPTIONAL MATCH (post:Actor {key: h.postKey})
RETURN h.title AS title, o.name AS of, post.name AS at,
       min(h.observedAt) AS firstSeen, max(h.observedAt) AS lastSeen, count(*) AS articles
ORDER BY firstSeen;
