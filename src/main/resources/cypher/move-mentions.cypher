// Articles' MENTIONS of $from become MENTIONS of $into (of the articles $articles; null: all).
MATCH (from:Actor {key: $from}), (into:Actor {key: $into})
OPTIONAL MATCH (art:Article)-[m:MENTIONS]->(from)
WHERE $articles IS NULL OR art.id IN $articles
CALL (art, m, into) {
  WITH * WHERE m IS NOT NULL
  MERGE (art)-[n:MENTIONS]->(into)
    ON CREATE SET n = properties(m)
    ON MATCH SET n.count = n.count + m.count
}
DELETE m
RETURN count(m) AS moved
