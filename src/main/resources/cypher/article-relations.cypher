// Event relations read from one article (negated ones included, flagged).
MATCH (art:Article {id: $id})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = $id AND r.plover IS NOT NULL
RETURN {id: elementId(r), type: type(r), plover: r.plover, cameo: r.cameo, date: r.date,
        place: r.place, confidence: r.confidence, modality: r.modality, attribution: r.attribution, negated: r.negated, sentences: r.sentences,
        source: s {.key, .name, .kind}, target: t {.key, .name, .kind},
        article: art {.id, .url, .title, .publishedAt, .publisher}} AS relation
ORDER BY relation.type, relation.source.name
