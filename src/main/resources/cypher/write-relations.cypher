// Event relations of one article: one edge per (source, type, target, article).
UNWIND $relations AS r
MATCH (s:Actor {key: r.source}), (t:Actor {key: r.target})
MERGE (s)-[e:$(r.type) {articleId: $id}]->(t)
SET e += r.props, e.run = $run
