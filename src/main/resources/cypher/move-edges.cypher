// Moves the event and role edges of actor $from onto actor $into, in both directions, properties
// kept; $articles (null: every article) limits the move to edges read from those articles. Edges
// between the two actors are dropped (an actor has no relation to itself); every edge keeps its
// direction (a symmetric one points from its sentence's subject); an edge that already exists on
// $into for the same article, either way round for a symmetric type, absorbs the moved one. Returns
// the edges between $into and the moved edges' other ends for their types and articles (created or
// absorbing), with what their stable ids are computed from: the caller gives them the ids of their
// new identities (an edge keeps no id it had on $from).
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
       startNode(r) = from AS out
  CALL (into, t, type, props, out) {
    WITH * WHERE type <> 'HOLDS_ROLE'
    OPTIONAL MATCH (into)-[same]-(t)
    WHERE type(same) = type AND same.articleId = props.articleId
      AND (coalesce(props.symmetric, false) OR (startNode(same) = into) = out)
    WITH into, t, type, props, out, head(collect(same)) AS same
    CALL (same, props) {
      WITH * WHERE same IS NOT NULL
      SET same += props
    }
    CALL (into, t, type, props, out, same) {
      WITH * WHERE same IS NULL AND out
      CREATE (into)-[n:$(type)]->(t)
      SET n = props
    }
    CALL (into, t, type, props, out, same) {
      WITH * WHERE same IS NULL AND NOT out
      CREATE (t)-[n:$(type)]->(into)
      SET n = props
    }
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
  WITH into, t, type, props
  CALL (into, t, type, props) {
    MATCH (into)-[e:$(type)]-(t)
    WHERE e.articleId = props.articleId AND (type <> 'HOLDS_ROLE' OR e.title = props.title)
    RETURN collect({ref: elementId(e), type: type(e), source: startNode(e).key, target: endNode(e).key,
                    articleId: e.articleId, title: e.title}) AS edges
  }
  RETURN count(*) AS moved, count(CASE WHEN type = 'HOLDS_ROLE' THEN 1 END) AS roles, collect(edges) AS edges
}
RETURN moved, roles, dropped, reduce(all = [], x IN edges | all + x) AS edges
