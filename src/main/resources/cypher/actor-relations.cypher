// Event relations of one actor, either direction, newest first, paged.
MATCH (a:Actor {key: $key})-[r]-(:Actor)
WHERE r.plover IS NOT NULL AND NOT r.negated AND ($types IS NULL OR type(r) IN $types)
WITH r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {id: elementId(r), type: type(r), plover: r.plover, cameo: r.cameo, date: r.date,
        place: r.place, confidence: r.confidence, modality: r.modality, attribution: r.attribution, sentences: r.sentences,
        source: s {.key, .name, .kind}, target: t {.key, .name, .kind},
        article: art {.id, .url, .title, .publishedAt, .publisher}} AS relation
ORDER BY r.dateFrom DESC, relation.id
SKIP $skip
LIMIT $limit
