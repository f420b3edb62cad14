// Moves the event and role edges of actor $from onto actor $into, in both directions, properties
// kept; $articles (null: every article) limits the move to edges read from those articles. Edges
// between the two actors are dropped (an actor has no relation to itself); symmetric event types
// stay in key order; an edge that already exists on $into for the same article absorbs the moved one.
MATCH (from:Actor {key: $from}), (into:Actor {key: $into})
CALL (from, into) {
  OPTIONAL MATCH (from)-[r]-(into)
  WHERE r.articleId IS NOT NULL AND ($articles IS NULL OR r.articleId IN $articles)
  DELETE r
  RETURN count(r) AS dropped
}
CALL (from, into) {
  MATCH (from)-[r]-(t:Actor)
  WHERE t <> into AND r.articleId IS NOT NULL AND ($articles IS NULL OR r.articleId IN $articles)
  WITH into, r, t, type(r) AS type, properties(r) AS props,
       CASE WHEN coalesce(r.symmetric, false) THEN into.key < t.key ELSE startNode(r) = from END AS out
  CALL (into, t, type, props, out) {
    WITH * WHERE out AND type <> 'HOLDS_ROLE'
    MERGE (into)-[n:$(type) {articleId: props.articleId}]->(t)
    SET n += props
  }
  CALL (into, t, type, props, out) {
    WITH * WHERE NOT out AND type <> 'HOLDS_ROLE'
    MERGE (t)-[n:$(type) {articleId: props.articleId}]->(into)
    SET n += props
  }
  CALL (into, t, type, props, out) {
    WITH * WHERE out AND type = 'HOLDS_ROLE'
    MERGE (into)-[n:HOLDS_ROLE {articleId: props.articleId, title: props.title}]->(t)
    SET n += props
  }
  CALL (into, t, type, props, out) {
    WITH * WHERE NOT out AND type = 'HOLDS_ROLE'
    MERGE (t)-[n:HOLDS_ROLE {articleId: props.articleId, title: props.title}]->(into)
    SET n += props
  }
  DELETE r
  RETURN count(r) AS moved, count(CASE WHEN type = 'HOLDS_ROLE' THEN 1 END) AS roles
}
RETURN moved, roles, dropped
