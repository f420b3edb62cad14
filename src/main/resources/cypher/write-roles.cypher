// Roles seen in one article: (holder)-[:HOLDS_ROLE {title}]->(principal or post).
UNWIND $roles AS r
MATCH (h:Actor {key: r.holder}), (p:Actor {key: r.target})
MERGE (h)-[e:HOLDS_ROLE {articleId: $id, title: r.title}]->(p)
SET e += r.props, e.run = $run
