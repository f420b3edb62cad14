// People named in full by the article just written whose surname an earlier article used alone
// ("Musk" before "Elon Musk" was known): the lone-surname actor no analyst split a name off anyone
// into, with the keys and names of every person bearing that surname; the caller absorbs it when
// this person is the one it resolves to (ActorDecisions.onlyBearer), else records why it stays apart.
UNWIND $people AS p
MATCH (lone:Actor:Person {name: p.surname})
WHERE lone.key <> p.key
  AND NOT EXISTS { MATCH (:AliasSplit {into: lone.key}) }
CALL (p) {
  OPTIONAL MATCH (q:Person {surname: p.surname})
  RETURN collect(q.key) AS bearers, collect(q.name) AS bearerNames
}
RETURN lone.key AS from, p.key AS into, bearers, bearerNames
