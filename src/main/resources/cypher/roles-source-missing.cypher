// Roles stored before roles carried their source: every one of them was read from the text. Runs in
// batches (an auto-commit statement); returns how many got their source.
MATCH ()-[r:HOLDS_ROLE]->()
WHERE r.source IS NULL
CALL (r) {
  SET r.source = 'text'
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(r) AS set
