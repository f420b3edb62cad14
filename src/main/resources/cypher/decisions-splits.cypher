// Analyst alias splits of actors an article is about to write, with the actor's stored names (the
// names that keep an article on the actor) and the actor the alias now designates.
UNWIND $keys AS k
MATCH (d:AliasSplit {from: k})
OPTIONAL MATCH (a:Actor {key: k})
RETURN d.from AS from, d.alias AS alias, d.into AS into,
       [a.name] + coalesce(a.aliases, []) AS names
ORDER BY from, alias
