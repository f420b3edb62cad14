// Benchmark data: event relations, one batch.
UNWIND $rows AS row
MATCH (s:Actor {key: row.source}), (t:Actor {key: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props
