// Roles seen in one article: (holder)-[:HOLDS_ROLE {title}]->(principal or post), each with its
// source ('text' or 'dictionary') and the dictionary's span (from, to; null when open or from text).
UNWIND $roles AS r
MATCH (h:Actor {key: r.holder}), (p:Actor {key: r.target})
MERGE (h)-[e:HOLDS_ROLE {articleId: $id, title: r.title}]->(p)
SET e += r.props, e.run = $run
