// Number of nodes per label.
CALL db.labels() YIELD label
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN label, count
ORDER BY count DESC, label
