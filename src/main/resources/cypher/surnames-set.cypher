// Stores the surnames the caller computed for people stored without one (idempotent: only where
// still missing).
UNWIND $people AS p
MATCH (n:Person {key: p.key})
WHERE n.surname IS NULL
SET n.surname = p.surname
RETURN count(n) AS set
