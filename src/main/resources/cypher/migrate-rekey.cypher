// An actor stored under a key the actor stage no longer gives ($old): its replacement ($key) is made
// if the graph has none yet; the caller then merges the old node into it, as the resolver's decision.
// A person's old key is only ever a person's (a lone surname), never an organisation of that name.
MATCH (old:Actor {key: $old})
WHERE $kind <> 'PERSON' OR old.kind = 'PERSON'
MERGE (n:Actor {key: $key})
  ON CREATE SET n.name = $name, n.kind = $kind, n:$($label), n.code = $code, n.sector = $sector,
                n.aliases = [], n.aliasText = '', n.surname = $surname
RETURN old.key AS old
