// Benchmark data: actors, one batch.
UNWIND $rows AS row
CREATE (a:Actor {key: row.key, name: row.name, kind: row.kind, code: row.code, aliases: [], aliasText: ''})
SET a:$(row.label)
