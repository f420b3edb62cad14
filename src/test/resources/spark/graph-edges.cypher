// Every relationship with its type, its ends (by their stable key or id) and properties, for
// comparing two graphs (SparkIngestTest).
MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS fromLabels, coalesce(a.key, a.id, a.url) AS from,
       labels(b) AS toLabels, coalesce(b.key, b.id, b.url) AS to, properties(r) AS props
