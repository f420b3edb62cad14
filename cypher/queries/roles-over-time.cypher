// An actor's roles over time ($key: actor key): title, for whom, where, first and last seen; source is
// 'text' (read from the articles) or 'dictionary' (the actor dictionaries' code, valid from..to).
MATCH (p:Actor {key: $key})-[h:HOLDS_ROLE]->(o:Actor)
OPTIONAL MATCH (post:Actor {key: h.postKey})
RETURN h.title AS title, o.name AS of, post.name AS at, coalesce(h.source, 'text') AS source,
       h.`from` AS validFrom, h.`to` AS validTo,
       min(h.observedAt) AS firstSeen, max(h.observedAt) AS lastSeen, count(*) AS articles
ORDER BY firstSeen;
