// Event relations, filtered; every parameter may be null (no filter). Newest first, paged.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.plover IS NOT NULL AND NOT r.negated
  AND ($types IS NULL OR type(r) IN $types)
  AND ($actor IS NULL OR s.key = $actor OR t.key = $actor)
  AND ($articleId IS NULL OR r.articleId = $articleId)
  AND ($since IS NULL OR r.dateTo >= $since)
  AND ($until IS NULL OR r.dateFrom <= $until)
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN {id: elementId(r), type: type(r), plover: r.plover, cameo: r.cameo, date: r.date,
        place: r.place, confidence: r.confidence, modality: r.modality, attribution: r.attribution, sentences: r.sentences,
        source: s {.key, .name, .kind}, target: t {.key, .name, .kind},
        article: art {.id, .url, .title, .publishedAt, .publisher}} AS relation
ORDER BY r.dateFrom DESC, relation.id
SKIP $skip
LIMIT $limit
