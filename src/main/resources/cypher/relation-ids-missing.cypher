// Edges between actors stored before edges had stable ids (r.id), at most $limit, each with what
// its id is computed from.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.id IS NULL AND r.articleId IS NOT NULL
RETURN {ref: elementId(r), type: type(r), source: s.key, target: t.key, articleId: r.articleId,
        title: r.title} AS edge
LIMIT $limit
