// Every node with its labels and properties, for comparing two graphs (SparkIngestTest).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
