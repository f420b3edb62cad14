// The actors with the most event relations, with their counterparts' number.
MATCH (a:Actor)-[r]-(b:Actor)
WHERE r.plover IS NOT NULL AND NOT r.negated
RETURN a.name AS actor, a.kind AS kind, a.code AS code, count(r) AS relations,
       count(DISTINCT b) AS counterparts
ORDER BY relations DESC
LIMIT 25;
