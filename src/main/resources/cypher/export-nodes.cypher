// Actors to export: all of them when $all, else those at either end of a relation passing the filter.
MATCH (a:Actor)
WHERE $all
   OR EXISTS { MATCH (a)-[r]->(t:Actor) WITH a AS s, r, t WHERE {{relation-filter}} RETURN 1 }
   OR EXISTS { MATCH (s:Actor)-[r]->(a) WITH s, r, a AS t WHERE {{relation-filter}} RETURN 1 }
RETURN a.key AS key, a.name AS name, a.kind AS kind, a.code AS code, a.sector AS sector, a.aliases AS aliases,
       labels(a) AS labels
ORDER BY key
