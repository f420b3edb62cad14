// Roles to export: (holder)-[:HOLDS_ROLE {title}]->(principal or post), each with its source and the
// dictionary's span (roleSource, roleFrom, roleTo: source and target name the ends), between exported actors (all
// actors when $all, else those whose keys are in $keys); at most $limit.
MATCH (h:Actor)-[r:HOLDS_ROLE]->(p:Actor)
WHERE $all OR (h.key IN $keys AND p.key IN $keys)
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN r.id AS id, h.key AS source, p.key AS target, r.title AS title, r.postKey AS postKey,
       coalesce(r.source, 'text') AS roleSource, r.`from` AS roleFrom, r.`to` AS roleTo,
       r.observedAt AS observedAt, r.articleId AS articleId, r.sentence AS sentence, art.url AS url,
       art.publisher AS publisher
ORDER BY source, target, title, articleId
LIMIT $limit
