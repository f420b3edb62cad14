// An article and the actors it mentions.
MATCH (art:Article {id: $id})
OPTIONAL MATCH (art)-[m:MENTIONS]->(x:Actor)
WITH art, x, m ORDER BY m.count DESC, x.name
RETURN art {.id, .url, .title, .publishedAt, .publisher, .author} AS article,
       [a IN collect(x {.key, .name, .kind, .code, .sector}) WHERE a IS NOT NULL] AS actors
