// People named in full by the article just written whose surname an earlier article used alone
// ("Musk" before "Elon Musk" was known): the lone-surname actor, when this person is now the only
// one with that surname and no analyst split that name off anyone into it.
UNWIND $people AS p
MATCH (lone:Actor:Person {name: p.surname})
WHERE lone.key <> p.key
  AND NOT EXISTS { MATCH (:AliasSplit {into: lone.key}) }
  AND EXISTS { MATCH (me:Actor:Person {key: p.key}) WHERE me.surname = p.surname }
  AND NOT EXISTS { MATCH (q:Person {surname: p.surname}) WHERE q.key <> p.key }
RETURN lone.key AS from, p.key AS into
