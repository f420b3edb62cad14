// An actor as an analyst decision needs it, write-locked so that concurrent decisions and article
// writes touching it wait for this transaction.
MATCH (a:Actor {key: $key})
SET a._lock = true
REMOVE a._lock
RETURN a.key AS key, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
